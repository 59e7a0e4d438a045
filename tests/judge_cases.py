"""The judged set: what a fair quizmaster accepts and refuses, one promise per row.

Each row is `family | question id | guess | + or -` (+ accept, - refuse), written
from this bank's answers and the rows of the judging issue. The test asserts every
row; the benchmark (benchmarks/judge_accuracy.py) scores the baselines on the same
rows. A `#` after the row argues a case that might look surprising.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.questions import Question, QuestionBank, parse_bank


@dataclass(frozen=True)
class Case:
    family: str
    question: str
    guess: str
    accept: bool


TABLE = """
# --- accept: case, spacing, punctuation, accents, full-width, emoji ----------------------
format | moved-country | canada | +
format | moved-country | CANADA | +
format | moved-country |   Canada   | +
format | moved-country | Canada! | +
format | moved-country | Canada?! | +
format | moved-country | canada. | +
format | moved-country | Canada 🇨🇦 | +
format | moved-country | Cânada | +
format | moved-country | Ｃａｎａｄａ | +
format | moved-country | "Canada" | +
format | moved-country | ‘Canada’ | +
format | moved-country | **Canada** | +
format | moved-country | ||Canada|| | +
format | moved-country | Ca\u200bnada | +
format | fan-meeting-city | SEOUL | +
format | fan-meeting-city | Seoul!!! | +
format | fan-meeting-city | séoul | +
format | platform | netflix 🎬 | +
format | platform | NETFLIX. | +
format | director | lee do‑yun | +
format | director | Lee Do–yun | +
format | director | Lee Do—yun | +
format | director | LEE DO-YUN | +
format | director | lee   do - yun | +
format | recommender | Ju Ji‐hoon | +
format | recommender | ju ji-hoon. | +
format | lead-character | Baek Kang–hyuk | +
format | lead-character | baek kang-hyuk!! | +
format | webtoon-title | trauma center golden hour | +
format | webtoon-title | Trauma-Center Golden-Hour | +
format | webtoon-title | trauma center golden hour | +
format | webtoon-title | Trauma Center - Golden Hour | +
format | webtoon-title | TRAUMA CENTER: GOLDEN HOUR! | +
format | fans-nickname | Helicopters 🚁 | +
format | subtitle | heroes on call | +
format | subtitle | Heroes-on-Call | +
format | favourite-line | anyone. | +
format | favourite-line | ANYONE | +
format | pace | fast paced | +
format | pace | Fast-paced! | +
format | tf-episodes | false | +
format | tf-episodes | FALSE. | +
format | tf-praise | True! | +
format | previous-drama | confession | +
format | previous-drama | "Confession" | +
format | genre | COMEDY | +
format | studied-where | hanyang university | +
format | studied-department | theater & film | +
format | rookie-actors | rookie | +
format | staff-quality | professionalism! | +

# --- accept: typos in proportion to length ------------------------------------------------
typo | moved-country | Canda | +
typo | moved-country | Cnaada | +     # a swapped pair of letters is one typo
typo | moved-country | Canadaa | +
typo | fan-meeting-city | Seol | +
typo | fan-meeting-city | Soeul | +
typo | platform | Netflx | +
typo | platform | Netlfix | +
typo | platform | Neftlix | +
typo | director | Lee Do-yoon | +
typo | director | Le Do-yun | +
typo | director | Lee Doyum | +
typo | recommender | Ju Ji-hon | +
typo | recommender | Ju Jihooon | +
typo | lead-character | Baek Kang-hyk | +
typo | lead-character | Baek Knag-hyuk | +
typo | lead-character | Bek Kang-hyuk | +
typo | lead-character | Baek Kang-hyukk | +
typo | choo-character | Yang Jae-wno | +
typo | yang-jae-won-actor | Choo Young-wo | +
typo | yang-jae-won-actor | Cho Young-woo | +
typo | webtoon-title | Trauma Center Golden Huor | +
typo | webtoon-title | Truama Center Golden Hour | +
typo | webtoon-title | Trauma Centr Golden Hor | +
typo | webtoon-title | Trauma Centre Golden Hour | +
typo | webtoon-title | Trauma Center Golden Huor | +
typo | studied-where | Hanyang Universty | +
typo | studied-where | Hanyng University | +
typo | fans-nickname | Helicoptors | +
typo | fans-nickname | Helicopetrs | +
typo | previous-drama | Confesion | +
typo | previous-drama | Confessoin | +
typo | staff-quality | Profesionalism | +
typo | staff-quality | Professionalsim | +
typo | success-reason | Straightforwad | +
typo | success-reason | Straitforward | +
typo | favourite-line | Anyoen | +
typo | too-talented | Talneted | +
typo | workers | Laborerss | +
typo | fan-meeting-feeling | Fullfilling | +
typo | unreality | Unreallity | +
typo | buffers | Buffrs | +
typo | genre | Comdey | +
typo | mix-of-two | Fantasy and realty | +
typo | lead-cast-fifth | Yoon Kyung-hoo | +
typo | decline-reason | genr | +       # five letters: one typo
typo | fans-nickname-giver | Ju Ji-hoom | +
typo | fan-meeting-city | Sel | -
typo | tf-episodes | fasle | +        # five letters: one typo, and a swap is one
typo | tf-praise | ture | -          # four letters: exact only
typo | moved-country | Cnanada | +
typo | moved-country | Cxnxda | -      # two typos in six letters is too many
typo | platform | Ntflx | -           # two typos in seven letters is too many
typo | director | Lxx Dx-yun | -
typo | lead-character | Bxxk Kang-hyuk | -
typo | webtoon-title | Trauma Center Gold | -
typo | previous-drama | Confxxxion | -
typo | staff-quality | Prof | -

# --- accept: romanisation and spacing variants of Korean names -------------------------------
roman | recommender | Joo Ji-hoon | +
roman | recommender | Ju Jihoon | +
roman | recommender | Ju Ji hoon | +
roman | recommender | JuJiHoon | +
roman | recommender | Joo Ji-hun | +
roman | recommender | Ju Ji-hun | +
roman | director | Lee Doyun | +
roman | director | Lee Do Yoon | +
roman | director | Leedoyun | +
roman | lead-character | Baek Kang-hyeok | +
roman | lead-character | Baek Kanghyuk | +
roman | lead-character | Baek Gang-hyuk | +
roman | lead-character | Baekkanghyuk | +
roman | lead-character | Baek Kang Hyeok | +
roman | lead-cast-fifth | Yoon Gyeong-ho | +
roman | lead-cast-fifth | Yun Kyung-ho | +
roman | lead-cast-fifth | Yoon Kyeong-ho | +
roman | lead-cast-fifth | Yoon Kyungho | +
roman | park-gyeong-won-actor | Jung Jae-kwang | +
roman | park-gyeong-won-actor | Jeong Jae-gwang | +
roman | park-gyeong-won-actor | Jung Jaekwang | +
roman | park-gyeong-won-actor | jeong jae kwang | +
roman | jeong-character | Park Kyung-won | +
roman | jeong-character | Park Gyung-won | +
roman | jeong-character | Park Kyeongwon | +
roman | yang-jae-won-actor | Chu Young-woo | +
roman | yang-jae-won-actor | Choo Youngwoo | +
roman | yang-jae-won-actor | Choo Young-u | +
roman | choo-character | Yang Jaewon | +
roman | choo-character | Yang Jae Won | +
roman | cheon-jang-mi-actor | Ahn Hayoung | +
roman | cheon-jang-mi-actor | Ha-young | +
roman | cheon-jang-mi-actor | Ha Young | +
roman | ahn-character | Chun Jang-mi | +
roman | ahn-character | Cheon Jangmi | +
roman | favourite-line-listener | Han Yoo-rim | +
roman | favourite-line-listener | Han Yurim | +
roman | favourite-line-listener | Han Yu Rim | +

# --- accept: the answer inside a short sentence ------------------------------------------
sentence | moved-country | I think it's Canada | +
sentence | moved-country | is it canada? | +
sentence | moved-country | maybe Canada | +
sentence | moved-country | pretty sure it was Canada | +
sentence | moved-country | he moved to Canada | +
sentence | fan-meeting-city | is it seoul? | +
sentence | fan-meeting-city | in Seoul | +
sentence | fan-meeting-city | it was in seoul | +
sentence | platform | on Netflix | +
sentence | platform | it's on netflix | +
sentence | director | Director Lee Do-yun | +
sentence | director | it's Lee Do-yun | +
sentence | director | I believe Lee Do-yun | +
sentence | recommender | actor Ju Ji-hoon | +
sentence | recommender | it was Ju Ji-hoon | +
sentence | previous-drama | the drama Confession | +
sentence | webtoon-title | it was Trauma Center Golden Hour | +
sentence | episodes | it has 8 episodes | +
sentence | episodes | 8 episodes | +
sentence | medical-return | 12 years | +
sentence | medical-return | after 12 years | +
sentence | debut-year | in 2014 | +
sentence | debut-year | it was 2014 | +
sentence | three-day-rank | it ranked 3rd | +
sentence | fans-nickname | they are called helicopters | +
sentence | tf-episodes | that's false | +
sentence | first-answer | he declined | +
sentence | first-answer | he turned it down | +

# --- accept: articles, "&", reordered pairs, plurals ---------------------------------------
pairs | fans-nickname | the helicopters | +
pairs | fans-nickname | helicopter | +
pairs | mix-of-two | fantasy & reality | +
pairs | mix-of-two | reality and fantasy | +
pairs | mix-of-two | reality & fantasy | +
pairs | mix-of-two | Fantasy and Reality | +
pairs | shared-looks | tall and handsome | +
pairs | shared-looks | handsome and tall | +
pairs | shared-looks | tall & handsome | +
pairs | doubters | investment and production companies | +
pairs | doubters | the production & investment companies | +
pairs | studied-department | film and theater | +
pairs | studied-department | Theatre and Film | +
pairs | discussions-about | trauma centers | +
pairs | discussions-about | trauma center | +
pairs | discussions-about | the trauma centres | +
pairs | workers | laborer | +
pairs | workers | the laborers | +
pairs | webtoon-origin | a web novel | +
pairs | webtoon-origin | web novels | +
pairs | veteran-actors | the veterans | +
pairs | veteran-actors | veteran actor | +
pairs | scene-speed-webtoon | the readers | +
pairs | next-projects | films | +
pairs | next-projects | movies | +
pairs | lead-job | a trauma surgeon | +
pairs | lead-job | surgeons | +
pairs | hospital-kind | a university hospital | +

# --- accept: numbers in any form --------------------------------------------------------
numbers | episodes | 8 | +
numbers | episodes | eight | +
numbers | episodes | Eight | +
numbers | episodes | 8 episodes | +
numbers | episodes | eight episodes | +
numbers | three-day-rank | 3 | +
numbers | three-day-rank | 3rd | +
numbers | three-day-rank | third | +
numbers | three-day-rank | three | +
numbers | three-day-rank | No. 3 | +
numbers | three-day-rank | number 3 | +
numbers | three-day-rank | #3 | +
numbers | top-spot | 1 | +
numbers | top-spot | first | +
numbers | top-spot | number one | +
numbers | top-spot | No. 1 | +
numbers | top-spot | 1st | +
numbers | top-spot | #1 | +
numbers | medical-return | 12 | +
numbers | medical-return | twelve | +
numbers | medical-return | twelve years | +
numbers | debut-year | 2014 | +
numbers | films-before | one | +
numbers | films-before | 1 | +
numbers | films-before | only one | +

# --- accept: dates in any common form ------------------------------------------------------
dates | fan-meeting-date | February 10 | +
dates | fan-meeting-date | Feb 10 | +
dates | fan-meeting-date | 10 February | +
dates | fan-meeting-date | february 10th | +
dates | fan-meeting-date | Feb. 10 | +
dates | fan-meeting-date | 10th of February | +
dates | fan-meeting-date | on February 10 | +
dates | fan-meeting-date | February 10, 2025 | +   # the answer has no year: a year is not judged
dates | number-one-week | January 27 | +
dates | number-one-week | Jan 27th | +
dates | number-one-week | 27 Jan | +
dates | interview-date | February 19, 2025 | +
dates | interview-date | 19 February 2025 | +
dates | interview-date | Feb 19 2025 | +
dates | interview-date | february 19th, 2025 | +
dates | interview-date | February 19 | +           # the year left out is not a wrong year

# --- refuse: a different number, however close --------------------------------------------
wrong-number | debut-year | 2013 | -
wrong-number | debut-year | 2015 | -
wrong-number | debut-year | 2041 | -
wrong-number | debut-year | 214 | -
wrong-number | episodes | 18 | -
wrong-number | episodes | 9 | -
wrong-number | episodes | 80 | -
wrong-number | episodes | eighteen | -
wrong-number | episodes | seven | -
wrong-number | three-day-rank | 2 | -
wrong-number | three-day-rank | 33 | -
wrong-number | three-day-rank | second | -
wrong-number | three-day-rank | 13 | -
wrong-number | top-spot | 2 | -
wrong-number | top-spot | 11 | -
wrong-number | top-spot | 10 | -
wrong-number | medical-return | 11 | -
wrong-number | medical-return | 21 | -
wrong-number | medical-return | 2 | -
wrong-number | films-before | 2 | -
wrong-number | fan-meeting-date | February 19 | -
wrong-number | fan-meeting-date | February 1 | -
wrong-number | fan-meeting-date | February 11 | -
wrong-number | fan-meeting-date | January 10 | -
wrong-number | fan-meeting-date | 10 March | -
wrong-number | fan-meeting-date | Feb 100 | -
wrong-number | number-one-week | January 28 | -
wrong-number | number-one-week | February 2 | -
wrong-number | interview-date | February 19, 2024 | -
wrong-number | interview-date | February 10, 2025 | -
wrong-number | interview-date | March 19, 2025 | -

# --- refuse: a fragment of a multi-word answer ------------------------------------------------
fragment | lead-character | Baek | -
fragment | lead-character | Kang | -
fragment | lead-character | Kang-hyuk | -
fragment | lead-character | Hyuk | -
fragment | recommender | Ju | -
fragment | recommender | Ji-hoon | -
fragment | director | Lee | -
fragment | director | Do-yun | -
fragment | webtoon-title | Golden Hour | -
fragment | webtoon-title | Trauma Center | -
fragment | studied-where | University | -
fragment | webtoon-title | Golden | -
fragment | webtoon-title | Trauma Center | -
fragment | lead-cast-fifth | Yoon | -
fragment | lead-cast-fifth | Kyung-ho | -
fragment | choo-character | Jae-won | -
fragment | yang-jae-won-actor | Choo | -
fragment | favourite-line-listener | Han | -
fragment | mix-of-two | fantasy | -
fragment | shared-looks | tall | -
fragment | subtitle | Heroes | -
fragment | studied-department | Film | -
fragment | doubters | companies | -

# --- refuse: another name that is merely similar ---------------------------------------------
other-name | choo-character | Jung Jae-won | -
other-name | choo-character | Yang Jae-kwang | -
other-name | park-gyeong-won-actor | Yang Jae-kwang | -
other-name | park-gyeong-won-actor | Jeong Jae-won | -
other-name | yang-jae-won-actor | Choo Young-ho | -
other-name | lead-cast-fifth | Yoon Young-ho | -
other-name | director | Lee Do-hoon | -
other-name | director | Lee Ji-hoon | -
other-name | recommender | Ju Ji-won | -
other-name | recommender | Yoo Ji-hoon | -
other-name | lead-character | Baek Kang-mi | -
other-name | lead-character | Park Kang-hyuk | -
other-name | jeong-character | Park Jae-won | -
other-name | jeong-character | Park Gyeong-ho | -
other-name | ahn-character | Cheon Jae-mi | -
other-name | favourite-line-listener | Han Yu-mi | -
other-name | moved-country | Japan | -
other-name | moved-country | Canary | -        # a different word, not a typo of Canada
other-name | fan-meeting-city | Busan | -
other-name | platform | Netflox | +          # one typo, and no other answer is that close
other-name | platform | Hulu | -
other-name | previous-drama | Confusion | +     # two slips in ten letters; no dictionary says it is a word
other-name | recommender | Choo Young-woo | -
other-name | director | Lee Doyle | -

# --- refuse: shotgun guesses -------------------------------------------------------------------
shotgun | platform | Netflix Disney Hulu | -
shotgun | platform | Netflix or Disney | -
shotgun | platform | Netflix, Hulu | -
shotgun | fan-meeting-city | Seoul, Busan, Incheon | -
shotgun | fan-meeting-city | Seoul or Busan | -
shotgun | fan-meeting-city | Busan Seoul | -
shotgun | moved-country | Canada Japan USA | -
shotgun | moved-country | Japan/Canada | -
shotgun | episodes | 8 or 9 | -
shotgun | episodes | 6 7 8 9 10 | -
shotgun | three-day-rank | 1 2 3 | -
shotgun | fan-meeting-date | February 10 or 11 | -
shotgun | fan-meeting-date | February 9 10 11 | -
shotgun | fan-meeting-date | February 10 or February 19 | -
shotgun | first-answer | accept or decline | -
shotgun | first-answer | declined accepted | -
shotgun | tf-episodes | true false | -
shotgun | tf-episodes | true or false | -
shotgun | decline-reason | genre or budget | -
shotgun | director | Lee Do-yun Ju Ji-hoon | -
shotgun | lead-character | Baek Kang-hyuk Yang Jae-won | -

# --- refuse: hidden in a longer word, empty, too short, too long -----------------------------------
junk | episodes | weight | -
junk | episodes | eighty | -
junk | episodes | eights | -
junk | three-day-rank | thirdly | -
junk | moved-country | Canadas are nice places to visit in the summer | -
junk | moved-country | Canadian | -
junk | fan-meeting-city | Seoulmate | -
junk | platform | Netflixandchill | -
junk | moved-country |  | -
junk | moved-country | c | -
junk | moved-country | ? | -
junk | moved-country | 🇨🇦 | -
junk | fan-meeting-city | s | -
junk | moved-country | canada canada canada canada canada canada canada canada canada canada canada canada canada canada canada canada | -   # 17 words: no single guess is that long
"""


def load() -> list[Case]:
    cases = []
    for raw in TABLE.splitlines():
        line = raw.split("   #")[0].rstrip()
        if not line or line.lstrip().startswith("#"):
            continue
        family, question, guess, mark = (part.strip() for part in line.split(" | "))
        guess = guess.replace("\\u200b", "\u200b")  # a zero-width space, written visibly above
        cases.append(Case(family, question, guess, mark == "+"))
    return cases


CASES = load()

# Questions the judged set needs that the shipped bank no longer asks: a date with a year.
SPEC_BANK = parse_bank(
    """
questions:
  - id: interview-date
    category: spec
    difficulty: hard
    question: On what date was the interview with the director published?
    answers: ["February 19, 2025", "19 February 2025", "Feb 19, 2025"]
    explanation: The interview came out on February 19, 2025.
""",
    "judge_cases.py",
)


def questions(bank: QuestionBank) -> dict[str, Question]:
    """The questions the cases name, by id: the bank's, and the spec's own."""
    return {q.id: q for q in (*bank, *SPEC_BANK)}
