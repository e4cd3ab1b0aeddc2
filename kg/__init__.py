"""kg: a knowledge graph of people, their roles at organisations and the meetings they attend,
read from news articles."""

import os

# kg's numerical work is small (language identification, the page layout) and runs in one worker
# process per core; OpenBLAS's own threads would spin between those calls and take the cores from
# the other workers (a 1,000-article build on 2 cores took 29 s instead of 13 s). Set before
# numpy is first imported; a user's own setting wins.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")
