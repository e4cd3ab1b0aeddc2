"""placeholder"""
def extract_events(article, vocab, found):
    return None
