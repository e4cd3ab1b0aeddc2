"""Invented articles (names, companies and dates made up) shared by the tests of kg.read input handling."""

EN_ARTICLE = """Nordvale Copper Holds 2031 Safety Work Conference

Date: 2031-04-12

On April 10, Nordvale Copper Group held its 2031 safety work conference. Marcus Ellery, party secretary and chairman of Nordvale Copper Group, attended the meeting and delivered a speech. Tan Yiming, general manager of the company, presided over the meeting.

Deputy general managers Qiao Lanfeng and Ruan Zhixin attended the meeting.
"""

# The same article with the typographic quotes and dashes a Windows editor writes.
EN_ARTICLE_TYPOGRAPHIC = EN_ARTICLE.replace(
    "safety work conference.", "“safety work conference” – its first."
)

ZH_ARTICLE = """星河矿业召开2031年安全生产工作会议

时间: 2031-04-12

4月10日，星河矿业集团召开2031年安全生产工作会议。星河矿业集团党委书记、董事长王立新出席会议并讲话，总经理陈思远主持会议。副总经理赵明轩、孙佳怡参加会议。

会议指出，公司要坚持高质量发展，全面提升安全管理水平。
"""

# The same article in traditional characters (what a Big5 file holds).
ZH_ARTICLE_TRADITIONAL = """星河礦業召開2031年安全生產工作會議

時間: 2031-04-12

4月10日，星河礦業集團召開2031年安全生產工作會議。星河礦業集團黨委書記、董事長王立新出席會議並講話，總經理陳思遠主持會議。副總經理趙明軒、孫佳怡參加會議。

會議指出，公司要堅持高質量發展，全面提升安全管理水平。
"""
