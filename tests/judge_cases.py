"""The judged set: what a fair quizmaster accepts and refuses, one promise per row.

Each row is `family | question id | guess | + or -` (+ accept, - refuse), written
from this bank's answers and the rows of the judging issues; the Korean and
international families (hangul*, name-order, surname, rank, month, yes-no, abbrev,
place, list) come from the Korean-fans issue, the fan family from issue 20. The test asserts every
row; the benchmark (benchmarks/judge_accuracy.py) scores the baselines on the same
rows. A `#` after the row argues a case that might look surprising.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.bank import Question, QuestionBank, parse_bank


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
format | mix-of-two | reality and fantasy! | +
format | mix-of-two | FANTASY AND REALITY | +
format | tf-episodes | false | +
format | tf-episodes | FALSE. | +
format | tf-praise | True! | +
format | previous-drama | confession | +
format | previous-drama | "Confession" | +
format | genre | COMEDY | +
format | studied-where | hanyang university | +
format | studied-department | theater & film | +
format | rookie-actors | rookie | +
format | staff-quality | production staff! | +

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
typo | staff-quality | Prodcution staff | +
typo | staff-quality | the prodution staff | +
typo | success-reason | Straightforwad | +
typo | success-reason | Straitforward | +
typo | favourite-line | Anyoen | +
typo | too-talented | Talneted | +
typo | workers | Laborerss | +
typo | actor-goal | to complete a work as a lead actr | +
typo | understood-after | after filmimg | +
typo | rookie-actors | newcomrs | +
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
typo | staff-quality | professionalism | -

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
pairs | mix-of-two | reality and fantasy | +
pairs | mix-of-two | the reality and fantasy | +
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
fragment | webtoon-title | Trauma | -
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
fragment | mix-of-two | fantasy | -

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

# --- Korean: answers typed in Hangul -----------------------------------------------------------
hangul | director | 이도윤 | +
hangul | director | 이 도윤 | +
hangul | director | 이도윤 감독 | +
hangul | director | 이도윤 감독님 | +
hangul | director | 이도윤감독님 | +
hangul | director | 이도윤이요 | +
hangul | director | 이도윤입니다 | +
hangul | director | 이도윤 감독님이에요! | +
hangul | director | 도윤 이 | +                   # given name first, as in English
hangul | recommender | 주지훈 | +
hangul | recommender | 주지훈 배우 | +
hangul | recommender | 배우 주지훈 | +
hangul | recommender | 주지훈 씨 | +
hangul | recommender | 주지훈이요 | +
hangul | persuader | 주지훈이 | +
hangul | fans-nickname-giver | 주지훈 배우님 | +
hangul | lead-character | 백강혁 | +
hangul | lead-character | 백강혁이요 | +
hangul | convinced-by | 백강혁의 | +
hangul | lead-character | 백강혁이 | +
hangul | favourite-line-listener | 한유림 | +
hangul | favourite-line-listener | 한유림에게 | +
hangul | jeong-character | 박경원 | +
hangul | park-gyeong-won-actor | 정재광 | +
hangul | yang-jae-won-actor | 추영우 | +
hangul | choo-character | 양재원 | +
hangul | cheon-jang-mi-actor | 하영 | +
hangul | cheon-jang-mi-actor | 안하영 | +
hangul | ahn-character | 천장미 | +
hangul | lead-cast-fifth | 윤경호 | +
hangul | moved-country | 캐나다 | +
hangul | moved-country | 캐나다요 | +
hangul | moved-country | 캐나다예요 | +
hangul | moved-country | 캐나다로 갔어요 | +
hangul | moved-country | 제 생각엔 캐나다인 것 같아요 | +
hangul | moved-country | 정답은 캐나다 | +
hangul | platform | 넷플릭스 | +
hangul | platform | 넷플릭스에서 | +
hangul | platform | 넷플릭스요 | +
hangul | fan-meeting-city | 서울 | +
hangul | fan-meeting-city | 서울에서 | +
hangul | fan-meeting-city | 서울이요 | +
hangul | studied-where | 한양대학교 | +
hangul | studied-where | 한양 대학교 | +
hangul | studied-where | 한양대 | +
hangul | studied-department | 연극영화과 | +
hangul | webtoon-origin | 웹소설 | +
hangul | webtoon-origin | 웹 소설이요 | +
hangul | fans-nickname | 헬리콥터 | +
hangul | fans-nickname | 헬리콥터들 | +
hangul | genre | 코미디 | +
hangul | home-country | 한국 | +
hangul | home-country | 대한민국 | +
hangul | country-of-origin | 한국이요 | +
hangul | discussions-about | 외상센터 | +
hangul | mission | 외상 센터 | +
hangul | scene-speed-webtoon | 독자 | +
hangul | scene-speed-webtoon | 독자들이요 | +
hangul | workers | 노동자들 | +
hangul | hospitals-priority | 수익 | +
hangul | previous-drama | 좋은 친구들 | +
hangul | webtoon-title | 중증외상센터 골든아워 | +
hangul | webtoon-title | 중증외상센터: 골든 아워 | +
hangul | favourite-line | 누구에게나 | +
hangul | favourite-line | 누구나 | +
hangul | first-answer | 거절 | +
hangul | first-answer | 거절했어요 | +

# --- Korean: typos counted in letters (jamo) ----------------------------------------------------
hangul-typo | moved-country | 캐나드 | +           # one letter of six
hangul-typo | platform | 넷플릭수 | +
hangul-typo | platform | 넷플릭 | -             # a syllable short
hangul-typo | studied-where | 한양대핵교 | +
hangul-typo | fans-nickname | 헬리콥토 | +
hangul-typo | lead-character | 백강혀 | +           # a final letter missed: no one is called 혀
hangul-typo | director | 이도융 | +
hangul-typo | moved-country | 캐냐댜 | -           # two slips in six letters
hangul-typo | fan-meeting-city | 부산 | -
hangul-typo | moved-country | 일본 | -

# --- Korean: another person, however close ----------------------------------------------------
hangul-other | director | 이도현 | -               # 현 is another name
hangul-other | director | 이도훈 | -
hangul-other | director | 이지훈 | -
hangul-other | lead-character | 백강현 | -
hangul-other | lead-character | 박강혁 | -
hangul-other | recommender | 주지현 | -
hangul-other | recommender | 추지훈 | -
hangul-other | favourite-line-listener | 한유리 | -
hangul-other | jeong-character | 박경호 | -
hangul-other | choo-character | 양재광 | -
hangul-other | yang-jae-won-actor | 추영호 | -
hangul-other | lead-cast-fifth | 윤영호 | -
hangul-other | recommender | 추영우 | -
hangul-other | lead-character | 백 | -
hangul-other | lead-character | 강혁 | -
hangul-other | director | 도윤 | -
hangul-other | recommender | 지훈 | -

# --- Korean: shotgun and stray words -----------------------------------------------------------
hangul-shotgun | moved-country | 캐나다 일본 | -
hangul-shotgun | moved-country | 캐나다 아니면 미국 | -
hangul-shotgun | platform | 넷플릭스 디즈니 | -
hangul-shotgun | fan-meeting-city | 서울 부산 | -
hangul-shotgun | lead-character | 주지훈 백강혁 | -       # the question's actor is not filler
hangul-shotgun | director | 이도윤 주지훈 | -
hangul-shotgun | mix-of-two | 판타지 | -
hangul-shotgun | episodes | 8부작 9부작 | -
hangul-shotgun | tf-episodes | 참 거짓 | -

# --- Korean: numbers, counters and dates -------------------------------------------------------
hangul-number | episodes | 8부작 | +
hangul-number | episodes | 8 부작 | +
hangul-number | episodes | 8부작이에요 | +
hangul-number | episodes | 여덟 편 | +
hangul-number | episodes | 팔부작 | +
hangul-number | episodes | 8화 | +
hangul-number | episodes | 8회 | +
hangul-number | episodes | 여덟 | +
hangul-number | episodes | 9부작 | -
hangul-number | episodes | 16부작 | -
hangul-number | episodes | 아홉 편 | -
hangul-number | three-day-rank | 3위 | +
hangul-number | three-day-rank | 삼위 | +
hangul-number | three-day-rank | 3등 | +
hangul-number | three-day-rank | 3위요 | +
hangul-number | three-day-rank | 2위 | -
hangul-number | top-spot | 1위 | +
hangul-number | top-spot | 일등 | +
hangul-number | top-spot | 1등이요 | +
hangul-number | top-spot | 첫 번째 | +
hangul-number | top-spot | 2위 | -
hangul-number | debut-year | 2014년 | +
hangul-number | debut-year | 2014년도 | +
hangul-number | debut-year | 이천십사년 | +
hangul-number | debut-year | 2014년에 데뷔 | +
hangul-number | debut-year | 2013년 | -
hangul-number | medical-return | 12년 | +
hangul-number | medical-return | 12년 만에 | +
hangul-number | medical-return | 열두 해 | +
hangul-number | medical-return | 십이 년 | +
hangul-number | medical-return | 11년 | -
hangul-number | films-before | 한 편 | +
hangul-number | films-before | 1편 | +
hangul-number | films-before | 두 편 | -
hangul-date | fan-meeting-date | 2월 10일 | +
hangul-date | fan-meeting-date | 2월10일 | +
hangul-date | fan-meeting-date | 2월 10일이요 | +
hangul-date | fan-meeting-date | 이월 십일 | +
hangul-date | fan-meeting-date | 2025년 2월 10일 | +
hangul-date | fan-meeting-date | 2월 11일 | -
hangul-date | fan-meeting-date | 3월 10일 | -
hangul-date | fan-meeting-date | 2월 | -
hangul-date | number-one-week | 1월 27일 | +
hangul-date | number-one-week | 1월 27일부터 | +
hangul-date | number-one-week | 2월 2일 | -
hangul-date | interview-date | 2025년 2월 19일 | +
hangul-date | interview-date | 2월 19일 | +
hangul-date | interview-date | 2024년 2월 19일 | -

# --- Korean: true or false ---------------------------------------------------------------------
hangul-truth | tf-episodes | 거짓 | +
hangul-truth | tf-episodes | 아니요 | +
hangul-truth | tf-episodes | 아니오 | +
hangul-truth | tf-episodes | 틀렸다 | +
hangul-truth | tf-episodes | 참 | -
hangul-truth | tf-praise | 참 | +
hangul-truth | tf-praise | 맞아요 | +
hangul-truth | tf-praise | 네 | +
hangul-truth | tf-praise | 거짓 | -
hangul-truth | tf-praise | 아니요 | -

# --- names: either order, any surname spelling, the usual given-name variants -----------------
name-order | recommender | Ji-hoon Ju | +
name-order | recommender | Jihoon Joo | +
name-order | lead-character | Kang-hyuk Baek | +
name-order | director | Do-yun Lee | +
name-order | director | Doyoon Lee | +
name-order | jeong-character | Gyeong-won Park | +
name-order | choo-character | Jae-won Yang | +
name-order | favourite-line-listener | Yu-rim Han | +
name-order | lead-cast-fifth | Kyung-ho Yoon | +
surname | director | Yi Do-yun | +
surname | director | Rhee Do-yun | +
surname | director | Ri Do-yun | +
surname | director | Do-yun Yi | +
surname | jeong-character | Pak Kyung-won | +
surname | jeong-character | Bak Gyeong-won | +
surname | park-gyeong-won-actor | Chung Jae-kwang | +
surname | park-gyeong-won-actor | Jeong Jaegwang | +
surname | lead-character | Paik Kang-hyuk | +
surname | lead-character | Paek Kang-hyuk | +
surname | lead-character | Baek Gang-hyeok | +
surname | recommender | Joo Jihoon | +
surname | yang-jae-won-actor | Chu Youngwoo | +
surname | lead-cast-fifth | Yun Gyeongho | +
surname | ahn-character | Chun Jang-mi | +
surname | cheon-jang-mi-actor | An Ha-young | +
surname | director | Lee Do Yoon | +
surname | director | Lee Do-yoon | +
other-name | director | Lee Do-hyun | -           # a well-known actor; the bank refuses it too
other-name | director | Yi Do-hyun | -
other-name | director | Do-hyun Lee | -
other-name | lead-character | Baek Kang-hyun | -
other-name | lead-character | Kang-hyun Baek | -
other-name | convinced-by | Paik Kang-hyun | -
other-name | recommender | Ju Ji-hyun | -
other-name | recommender | Ju Ji-won | -
other-name | favourite-line-listener | Han Yu-rin | -
other-name | choo-character | Yang Jae-hyun | -
other-name | jeong-character | Park Gyeong-min | -
other-name | lead-cast-fifth | Yoon Kyung-hoon | -

# --- English fairness: ranks, months, yes/no, abbreviations, places, lists ----------------------
rank | three-day-rank | 3rd place | +
rank | three-day-rank | third place | +
rank | three-day-rank | number three | +
rank | three-day-rank | ranked third | +
rank | three-day-rank | first place | -
rank | top-spot | first place | +
rank | top-spot | 1st place | +
rank | top-spot | number one spot | +
rank | top-spot | the number 1 spot | +
rank | top-spot | second place | -
month | fan-meeting-date | Febuary 10 | +
month | fan-meeting-date | Feburary 10 | +
month | fan-meeting-date | Febraury 10th | +
month | fan-meeting-date | 10 Febuary | +
month | fan-meeting-date | Febuary 11 | -
month | number-one-week | Janury 27 | +
month | number-one-week | Januray 27 | +
month | number-one-week | Jenuary 27 | +
month | number-one-week | June 27 | -
yes-no | tf-praise | yes | +
yes-no | tf-praise | Yes! | +
yes-no | tf-praise | yep | +
yes-no | tf-praise | no | -
yes-no | tf-praise | yes no | -
yes-no | tf-episodes | no | +
yes-no | tf-episodes | nope | +
yes-no | tf-episodes | No. | +
yes-no | tf-episodes | not true | +
yes-no | tf-episodes | yes | -
yes-no | tf-debut | no | +
yes-no | tf-episodes | false, right? | +        # a tag question, not a second answer
yes-no | tf-episodes | no, false | +
yes-no | tf-praise | yes, true | +
yes-no | tf-episodes | not false | -
yes-no | tf-episodes | false true | -
abbrev | studied-where | Hanyang Univ. | +
abbrev | studied-where | Hanyang Uni | +
abbrev | studied-department | Dept. of Theater and Film | +
abbrev | studied-department | Dept of Theatre & Film | +
place | fan-meeting-city | Seoul, Korea | +
place | fan-meeting-city | Seoul, South Korea | +
place | fan-meeting-city | Seoul, Republic of Korea | +
place | fan-meeting-city | Seoul South Korea | +
place | fan-meeting-city | 서울, 한국 | +
place | fan-meeting-city | 대한민국 서울 | +
place | fan-meeting-city | Seoul, Japan | -
place | fan-meeting-city | Busan, Korea | -
place | studied-where | Hanyang University, Seoul | +
place | studied-where | Hanyang University in Seoul, Korea | +
place | moved-country | Canada, North America | +
place | moved-country | Canada, USA | -
list | mix-of-two | fantasy, reality | +
list | mix-of-two | reality, fantasy | +
list | mix-of-two | fantasy + reality | +
list | mix-of-two | reality & fantasy | +
list | mix-of-two | fantasy/reality | +
list | mix-of-two | 판타지와 현실 | +
list | mix-of-two | 현실과 판타지 | +
list | mix-of-two | 판타지, 현실 | +
list | mix-of-two | 판타지 그리고 현실 | +
list | shared-looks | handsome, tall | +
list | shared-looks | tall + handsome | +
list | mix-of-two | reality & fantasy | +
list | mix-of-two | 판타지와 현실 | +
list | mix-of-two | 현실과 판타지 | +
list | mix-of-two | fantasy, comedy | -
list | shared-looks | tall, rich | -

# --- dates in digits, O/X marks, spacing and stacked endings ------------------------------------
numeric-date | fan-meeting-date | 2/10 | +
numeric-date | fan-meeting-date | 10/2 | +              # day first, as most of the world writes it
numeric-date | fan-meeting-date | 2025-02-10 | +
numeric-date | fan-meeting-date | 10.02.2025 | +
numeric-date | fan-meeting-date | 2/11 | -
numeric-date | fan-meeting-date | 2024-02-10 | +        # the answer has no year: a year is not judged
numeric-date | number-one-week | 1/27 | +
numeric-date | number-one-week | 2/2 | -
numeric-date | interview-date | 2/19/2025 | +
numeric-date | interview-date | 2/19/2024 | -
ox | tf-praise | O | +
ox | tf-praise | ⭕ | +
ox | tf-praise | X | -
ox | tf-episodes | X | +
ox | tf-episodes | ❌ | +
ox | tf-episodes | o | -
ox | moved-country | ❌ | -
spacing | director | 이 도 윤 | +
spacing | recommender | 주 지 훈 | +
spacing | lead-character | 백 강 현 | -
spacing | studied-where | 한 양 대 | +
stacked | studied-department | 연극영화과요 | +       # 과 ends the word here, not a particle
stacked | favourite-line | 누구나요 | +
stacked | first-answer | 거절함 | +
stacked | medical-return | 12년 만이에요 | +      # 만 is "after", not 10,000
stacked | moved-country | 캐나다 아닌가요 | +
stacked | tf-episodes | 거짓이다 | +
stacked | tf-praise | 참이다 | +
stacked | ahn-character | Jang-mi Chun | +
stacked | episodes | eight eps | +
hangul | next-projects | 영화 | +
hangul | next-projects | 영화요 | +
both-scripts | lead-character | Baek Kang-hyuk (백강혁) | +
both-scripts | lead-character | 백강혁 (Baek Kang-hyuk) | +
both-scripts | moved-country | Canada (캐나다) | +
both-scripts | moved-country | Canada요 | +
both-scripts | lead-character | Baek Kang-hyuk (백강현) | -      # one of the two names someone else
both-scripts | lead-character | Baek Kang-hyun (백강혁) | -
both-scripts | moved-country | Canada (일본) | -
stacked | episodes | 총 8부작 | +
stacked | episodes | 전부 여덟 편 | +
month | fan-meeting-date | February the 10th | +
hangul-number | episodes | 영화 | -            # 영 is zero, but 영화 is a film
# --- fan answers: short titles, synonyms, words around the answer, chat noise (issue 20) ----------
fan | webtoon-title | Golden Hour | +
fan | webtoon-title | 골든아워 | +
fan | studied-where | Hanyang U | +
fan | favourite-line | everyone | +
fan | favourite-line | Everybody! | +
fan | hospitals-priority | money | +
fan | obstacles | hurdles | +
fan | previous-drama | the film Confession | +
fan | previous-drama | Confession (2014) | +
fan | previous-drama | 좋은 친구들이요 | +
fan | previous-drama | 영화 좋은 친구들 | +
fan | too-talented | talented lol | +
fan | too-talented | too talented haha | +
fan | lead-character | 백강혁 ㅋㅋ | +
fan | lead-character | 백강혁이요 ㅎㅎ | +
fan | decline-reason | 장르가 달라서 | +
fan | rookie-actors | 신예 | +
fan | obstacles | 난관 | +
fan | mix-of-two | 환상과 현실 | +
fan | ahn-character | 천장미 간호사 | +
fan | ahn-character | Nurse Cheon Jang-mi | +
fan | favourite-line-listener | 한유림 교수님 | +
fan | lead-character | 백강혁 선생님 | +
fan | lead-character | Professor Baek Kang-hyuk | +
fan | lead-job | 외상외과의사 | +
fan | lead-job | 외상외과 의사 | +
fan | moved-country | Canada lol | +
fan | previous-drama | the film Confession or Frozen | -   # a guess that names another answer too
fan | previous-drama | Confession (Good Friends) Canada | -
fan | webtoon-title | Golden Hour Netflix | -
fan | lead-character | 백강혁 한유림 | -
fan | too-talented | talented and tall | -
fan | tf-praise | night | -                # a word of its own, not a slip for "right"
fan | tf-praise | eight | -
fan | tf-praise | fight | -
fan | tf-praise | rihgt | +
fan | tf-episodes | flase | +
fan | films-before | noe | +                 # one swap in a spelled-out number
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
