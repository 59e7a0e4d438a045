"""Real-world answers: the kinds of answer that community trivia lists hold, on every subject.

The bot's own bank is about one drama; a server may load any bank. These questions are
written for the tests from general knowledge, in the shapes such lists have: one
letter ("C"), symbols ("O-", "C#"), long titles with short words ("Castle in the Sky"),
spelled-out numbers ("Fourteen"), true or false, names, places, years, abbreviations,
and near neighbours of one another ("Austria", "Australia"; "Iran", "Iraq").

Each row is `category | question | answer ; another accepted form ; ...`. The tests
(tests/test_real_world.py) and the figures (benchmarks/real_world.py) load them as one
bank, so each question's rivals are the others' answers, as in a real server's file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from rapidfuzz.distance import OSA

from bot.core.bank import Question, QuestionBank, parse_bank
from bot.core.judging import Kind
from bot.core.text import normalize

TABLE = """
# --- one character, and symbols ------------------------------------------------------------
letters | Which letter is the chemical symbol of carbon? | C
letters | Which programming language did Dennis Ritchie create at Bell Labs? | C
letters | Which one-letter language is used for statistics and was named after its authors' first names? | R
letters | What is the chemical symbol of boron? | B
letters | What is the chemical symbol of potassium? | K
letters | Which vitamin does the skin make in sunlight? | D ; Vitamin D
letters | Which letter stands for 1,000 in Roman numerals? | M
letters | Which letter marks a film rated for general audiences in the United States? | G
letters | What is the chemical symbol of iodine? | I
letters | Which letter is a hydrogen bomb named after? | H ; H-bomb
letters | Which letter did Malcolm adopt as his surname? | X
letters | What is the chemical symbol of uranium? | U
letters | Which blood type is the universal donor? | O- ; O negative
letters | Which blood type is the most common in the world? | O+ ; O positive
letters | Which blood type is the universal recipient? | AB+ ; AB positive
letters | What is the highest grade on many school report cards? | A+
letters | Which language did Bjarne Stroustrup create? | C++
letters | Which language did Microsoft release with .NET in 2000? | C# ; C sharp
letters | Which functional language from Microsoft runs on .NET? | F# ; F sharp
letters | Which musical note is a semitone above A? | A# ; A sharp ; B flat
letters | What is the chemical formula of water? | H2O
letters | What is the chemical formula of carbon dioxide? | CO2
letters | Which band sang "Back in Black"? | AC/DC
letters | Which Irish band released "The Joshua Tree"? | U2
letters | Which rapper released "The Blueprint"? | Jay-Z
letters | Which band sang "Losing My Religion"? | R.E.M. ; REM
letters | Which droid is R2-D2's golden companion? | C-3PO ; C3PO
letters | What does DNA stand for? | Deoxyribonucleic acid
letters | Which agency put men on the Moon? | NASA
letters | Which organisation has its headquarters in New York and 193 members? | United Nations ; UN
# --- titles with short words ----------------------------------------------------------------
titles | Which Studio Ghibli film features the floating island of Laputa? | Castle in the Sky
titles | Which fantasy series by Robert Jordan begins with "The Eye of the World"? | The Wheel of Time ; Wheel of Time
titles | Which novel by William Golding strands schoolboys on an island? | Lord of the Flies
titles | Which trilogy by J. R. R. Tolkien follows Frodo Baggins? | The Lord of the Rings ; Lord of the Rings
titles | Which Status Quo song says "you're in the army now"? | In the Army Now
titles | Which 1939 film is set during the American Civil War at Tara? | Gone with the Wind
titles | Which Dickens novel begins "It was the best of times"? | A Tale of Two Cities
titles | Which Steinbeck novella follows George and Lennie? | Of Mice and Men
titles | Which Harper Lee novel features Atticus Finch? | To Kill a Mockingbird
titles | Which Salinger novel is narrated by Holden Caulfield? | The Catcher in the Rye
titles | Which Jane Austen novel features Elizabeth Bennet? | Pride and Prejudice
titles | Which Tolstoy novel follows Pierre Bezukhov through the Napoleonic Wars? | War and Peace
titles | Which film sends Marty McFly to 1955? | Back to the Future
titles | Which Indiana Jones film hunts the Ark of the Covenant? | Raiders of the Lost Ark
titles | Which Miyazaki film follows Chihiro into the spirit world? | Spirited Away
titles | Which 1939 film follows Dorothy to the Emerald City? | The Wizard of Oz ; Wizard of Oz
titles | Which anime has humanity living behind walls against giants? | Attack on Titan
titles | Which HBO series is set in Westeros? | Game of Thrones
titles | Which prequel series follows House Targaryen? | House of the Dragon
titles | Which Joseph Conrad novella travels up the Congo River? | Heart of Darkness
titles | Which Aldous Huxley novel is set in the World State? | Brave New World
titles | Which Steinbeck novel follows the Joad family? | The Grapes of Wrath
titles | Which Emily Bronte novel features Heathcliff? | Wuthering Heights
titles | Which Queen song begins "Is this the real life?" | Bohemian Rhapsody
titles | Which Led Zeppelin song begins with a lady "who's sure all that glitters is gold"? | Stairway to Heaven
titles | Which Eagles song describes a hotel you can never leave? | Hotel California
titles | Which Nintendo series features Link and Princess Zelda? | The Legend of Zelda ; Legend of Zelda
titles | Which Activision shooter series began in 2003? | Call of Duty
titles | Which Blizzard online game is set in Azeroth? | World of Warcraft
titles | Which real-time strategy series includes "The Age of Kings"? | Age of Empires
titles | Which Gabriel Garcia Marquez novel is set in Macondo? | One Hundred Years of Solitude
titles | Which Hemingway novella follows the fisherman Santiago? | The Old Man and the Sea
titles | Which Kenneth Grahame book features Mr. Toad? | The Wind in the Willows
titles | Which Lewis Carroll book has a girl fall down a rabbit hole? | Alice in Wonderland ; Alice's Adventures in Wonderland
titles | Which film is Pixar's first feature? | Toy Story
titles | Which Disney film features the song "Let It Go"? | Frozen
titles | Which Scorsese film follows Henry Hill? | Goodfellas
titles | Which Nolan film is set inside dreams? | Inception
titles | Which Beatles album has a yellow submarine on its cover? | Yellow Submarine
titles | Which Beatles album was released in 1967 with a colourful marching band on its cover? | Sgt. Pepper's Lonely Hearts Club Band ; Sgt Pepper
titles | Which Nirvana song opens the album "Nevermind"? | Smells Like Teen Spirit
titles | Which Michael Jackson album is the best-selling of all time? | Thriller
titles | Which musical tells the story of Alexander Hamilton? | Hamilton
titles | Which play by Samuel Beckett waits for someone who never comes? | Waiting for Godot
titles | Which Shakespeare play features the line "To be, or not to be"? | Hamlet
titles | Which Shakespeare play features star-crossed lovers of Verona? | Romeo and Juliet
titles | Which novel by Mary Shelley creates a monster? | Frankenstein
titles | Which Bram Stoker novel features a count from Transylvania? | Dracula
titles | Which video game features a plumber rescuing Princess Peach? | Super Mario Bros. ; Super Mario Bros ; Super Mario Brothers
titles | Which Rockstar series is set in Liberty City and Los Santos? | Grand Theft Auto ; GTA
titles | Which George Orwell novel features Big Brother? | Nineteen Eighty-Four ; 1984
titles | Which Orwell novella is set on Manor Farm? | Animal Farm
titles | Which Ray Bradbury novel burns books? | Fahrenheit 451
titles | Which anime follows Monkey D. Luffy? | One Piece
titles | Which series follows the chemistry teacher Walter White? | Breaking Bad
titles | Which film trilogy follows Neo in a simulated world? | The Matrix ; Matrix
titles | Which Christopher Nolan film stars Heath Ledger as the Joker? | The Dark Knight ; Dark Knight
titles | Which sci-fi saga began in 1977 with "A New Hope"? | Star Wars
titles | Which Tchaikovsky ballet features Odette? | Swan Lake
titles | Which Vivaldi work has four violin concertos named after seasons? | The Four Seasons ; Four Seasons
# --- spelled-out numbers --------------------------------------------------------------------------
numbers | How many legs does a spider have? | Eight ; 8
numbers | How many players does a football (soccer) side field? | Eleven ; 11
numbers | How many lines does a sonnet have? | Fourteen ; 14
numbers | How many years are there in a score? | Twenty ; 20
numbers | How many sides does a dodecagon have? | Twelve ; 12
numbers | How many loaves are in a baker's dozen? | Thirteen ; 13
numbers | How many ounces are in a pound? | Sixteen ; 16
numbers | How many hearts does an octopus have? | Three ; 3
numbers | How many strings does a standard violin have? | Four ; 4
numbers | How many players are on a basketball court for one team? | Five ; 5
numbers | How many sides does a hexagon have? | Six ; 6
numbers | How many continents are there? | Seven ; 7
numbers | How many planets are in the Solar System? | Eight ; 8
numbers | How many innings are in a regulation baseball game? | Nine ; 9
numbers | How many pins are there in ten-pin bowling? | Ten ; 10
numbers | At what age can Americans vote? | Eighteen ; 18
numbers | How many holes are on a standard golf course? | Eighteen ; 18
numbers | How many players are on a rugby union team? | Fifteen ; 15
numbers | How many stripes are on the flag of the United States? | Thirteen ; 13
numbers | How many stars are on the flag of the United States? | Fifty ; 50
numbers | How many keys does a standard piano have? | Eighty-eight ; 88
numbers | How many cards are in a standard deck, jokers aside? | Fifty-two ; 52
numbers | How many bones does an adult human have? | 206 ; Two hundred and six
numbers | How many squares are on a chessboard? | Sixty-four ; 64
numbers | How many minutes are in a day? | 1440
numbers | How many degrees are in a right angle? | Ninety ; 90
numbers | How many teeth does an adult human usually have? | Thirty-two ; 32
numbers | How many chromosomes do humans have? | Forty-six ; 46
numbers | How many years does a silver wedding anniversary mark? | Twenty-five ; 25
numbers | How many days are in a leap year? | 366
numbers | How many symphonies did Beethoven complete? | Nine ; 9
numbers | How many books are in the Harry Potter series? | Seven ; 7
numbers | How many zeros does one million have? | Six ; 6
numbers | What is the boiling point of water in degrees Celsius? | 100 ; One hundred
numbers | How many wives did Henry VIII have? | Six ; 6
numbers | How many time zones does Russia span? | Eleven ; 11
numbers | How many events make up a decathlon? | Ten ; 10
numbers | In which place did the tortoise finish in its race against the hare? | First ; 1st
numbers | Which wedding anniversary is the paper one? | First ; 1st
numbers | How many members did the Beatles have? | Four ; 4
# --- years and dates ---------------------------------------------------------------------------
dates | In which year did the Second World War end? | 1945
dates | In which year did Apollo 11 land on the Moon? | 1969
dates | In which year did Columbus first reach the Americas? | 1492
dates | In which year did the Berlin Wall fall? | 1989
dates | In which year did the Titanic sink? | 1912
dates | In which year did the French Revolution begin? | 1789
dates | On which date is Independence Day celebrated in the United States? | July 4 ; 4th of July
dates | On which date is Christmas Day? | December 25
dates | On which date is Halloween? | October 31
dates | On which date is Valentine's Day? | February 14
dates | On which date is New Year's Day? | January 1
dates | On which date was the attack on Pearl Harbor? | December 7, 1941 ; December 7
# --- true or false --------------------------------------------------------------------------------
truth | True or false: the Great Wall of China is visible from the Moon with the naked eye. | False
truth | True or false: octopuses have three hearts. | True
truth | True or false: a tomato is a fruit. | True
truth | True or false: lightning never strikes the same place twice. | False
truth | True or false: bats are blind. | False
truth | True or false: the Pacific is the largest ocean. | True
truth | True or false: Mount Everest is the tallest mountain above sea level. | True
truth | True or false: goldfish have a three-second memory. | False
truth | True or false: Venus is the hottest planet of the Solar System. | True
truth | True or false: humans use only ten percent of their brains. | False
# --- people -----------------------------------------------------------------------------------------
people | Who developed the theory of relativity? | Albert Einstein ; Einstein
people | Who discovered polonium and radium? | Marie Curie ; Curie
people | Who formulated the laws of motion and universal gravitation? | Isaac Newton ; Newton
people | Who painted the Mona Lisa? | Leonardo da Vinci ; Da Vinci ; Leonardo
people | Who painted "The Starry Night"? | Vincent van Gogh ; Van Gogh
people | Who composed the "Moonlight Sonata"? | Ludwig van Beethoven ; Beethoven
people | Who composed "The Magic Flute"? | Wolfgang Amadeus Mozart ; Mozart
people | Who wrote "Hamlet"? | William Shakespeare ; Shakespeare
people | Who was the first person to walk on the Moon? | Neil Armstrong ; Armstrong
people | Who was the first person in space? | Yuri Gagarin ; Gagarin
people | Who proposed the theory of evolution by natural selection? | Charles Darwin ; Darwin
people | Who invented the telephone? | Alexander Graham Bell ; Graham Bell
people | Who was the first President of the United States? | George Washington ; Washington
people | Who led the Soviet Union during the Second World War? | Joseph Stalin ; Stalin
people | Who was Prime Minister of the United Kingdom for most of the Second World War? | Winston Churchill ; Churchill
people | Who wrote the Harry Potter books? | J. K. Rowling ; JK Rowling ; Rowling
people | Who directed "Jaws" and "E.T."? | Steven Spielberg ; Spielberg
people | Who directed "Parasite"? | Bong Joon-ho ; Bong Joon Ho
people | Which singer is known as the Queen of Pop? | Madonna
people | Which singer is known as the King of Rock and Roll? | Elvis Presley ; Elvis
people | Who painted the ceiling of the Sistine Chapel? | Michelangelo
people | Who sculpted "The Thinker"? | Auguste Rodin ; Rodin
people | Who wrote "The Origin of Species"? | Charles Robert Darwin ; Charles R. Darwin
people | Which figure skater won Olympic gold for South Korea in 2010? | Kim Yuna ; Yuna Kim ; Kim Yu-na
people | Which footballer captained South Korea and played for Tottenham? | Son Heung-min ; Son Heungmin ; Son
people | Who discovered penicillin? | Alexander Fleming ; Fleming
people | Who developed the polio vaccine first used in 1955? | Jonas Salk ; Salk
people | Who wrote "A Brief History of Time"? | Stephen Hawking ; Hawking
people | Which French emperor lost at Waterloo? | Napoleon Bonaparte ; Napoleon
people | Which queen reigned over the United Kingdom from 1952 to 2022? | Elizabeth II ; Queen Elizabeth II ; Elizabeth the Second
people | Who was the Greek god of the sea? | Poseidon
people | Who was the Roman god of war? | Mars
people | Who was the Norse god of thunder? | Thor
people | Who is Batman's secret identity? | Bruce Wayne
people | Who is Spider-Man's secret identity? | Peter Parker
people | Which detective lived at 221B Baker Street? | Sherlock Holmes ; Sherlock
people | Which wizard is the headmaster of Hogwarts in the first book? | Albus Dumbledore ; Dumbledore
# --- places: near neighbours on purpose ---------------------------------------------------------------
places | What is the capital of Australia? | Canberra
places | What is the capital of Canada? | Ottawa
places | What is the capital of Brazil? | Brasilia
places | Which country has the kangaroo on its coat of arms? | Australia
places | Which country was Mozart born in? | Austria
places | Which island country is home to the geyser Strokkur? | Iceland
places | Which country is called the Emerald Isle? | Ireland
places | Which country has Niamey as its capital? | Niger
places | Which is the most populous country in Africa? | Nigeria
places | Which country was called Persia until 1935? | Iran
places | Which country has Baghdad as its capital? | Iraq
places | Which country has Stockholm as its capital? | Sweden
places | Which country has Bern as its capital? | Switzerland
places | Which country has Bamako as its capital? | Mali
places | Which island country has Valletta as its capital? | Malta
places | Which country is shaped like a boot? | Italy
places | Which country has the most people in South America? | Brazil
places | Which country has Lima as its capital? | Peru
places | Which country has Havana as its capital? | Cuba
places | Which country has Oslo as its capital? | Norway
places | Which country has Copenhagen as its capital? | Denmark
places | Which country has Helsinki as its capital? | Finland
places | Which country has Warsaw as its capital? | Poland
places | Which country has Lisbon as its capital? | Portugal
places | Which country has Madrid as its capital? | Spain
places | Which country has Athens as its capital? | Greece
places | Which country has Cairo as its capital? | Egypt
places | Which country has Nairobi as its capital? | Kenya
places | Which country has Santiago as its capital? | Chile
places | Which country has Buenos Aires as its capital? | Argentina
places | Which country has Caracas as its capital? | Venezuela
places | Which country has Bogota as its capital? | Colombia
places | Which country has Hanoi as its capital? | Vietnam ; Viet Nam
places | Which country has Bangkok as its capital? | Thailand
places | Which country has Jakarta as its capital? | Indonesia
places | Which country has Manila as its capital? | Philippines ; The Philippines
places | Which country has Wellington as its capital? | New Zealand
places | Which country has Pyongyang as its capital? | North Korea
places | Which country has Seoul as its capital? | South Korea ; Korea
places | Which city is the capital of Japan? | Tokyo
places | Which city is the capital of China? | Beijing ; Peking
places | Which city is the capital of India? | New Delhi ; Delhi
places | Which city is the capital of Russia? | Moscow
places | Which city is the capital of Turkey? | Ankara
places | Which city is the capital of Egypt? | Cairo
places | Which city is the capital of France? | Paris
places | Which city is the capital of Germany? | Berlin
places | Which city is the capital of Hungary? | Budapest
places | Which city is the capital of Austria? | Vienna
places | Which city is the capital of the Czech Republic? | Prague
places | Which city is the capital of Scotland? | Edinburgh
places | Which city is the capital of Wales? | Cardiff
places | Which city is the capital of Northern Ireland? | Belfast
places | Which city is the largest in the United States? | New York City ; New York ; NYC
places | Which city is known as the Big Easy? | New Orleans
places | Which city is home to the Golden Gate Bridge? | San Francisco
places | Which city hosted the 1988 Summer Olympics? | Seoul
places | Which city hosted the 2018 Winter Olympics? | Pyeongchang ; PyeongChang
places | Which Korean port city hosts an international film festival every October? | Busan ; Pusan
places | What is the longest river in Africa? | Nile ; The Nile
places | What is the longest river in South America? | Amazon ; The Amazon
places | Which desert is the largest hot desert? | Sahara ; The Sahara
places | What is the tallest mountain in the world? | Mount Everest ; Everest
places | Which ocean lies between Africa and Australia? | Indian Ocean ; Indian
places | Which sea separates Europe from Africa? | Mediterranean Sea ; Mediterranean
places | What is the smallest country in the world? | Vatican City ; Vatican ; The Vatican
places | Which US state is the largest by area? | Alaska
places | Which US state is made up of islands in the Pacific? | Hawaii
places | Which US state is called the Sunshine State? | Florida
places | Which US state is called the Lone Star State? | Texas
places | Which Canadian province is mostly French-speaking? | Quebec
places | Which Australian city is home to the Opera House? | Sydney
places | Which Italian city is famous for its canals? | Venice
places | Which Italian city has a leaning tower? | Pisa
places | Which Spanish city is home to the Sagrada Familia? | Barcelona
# --- science and nature ------------------------------------------------------------------------------
science | Which element has the symbol Au? | Gold
science | Which element has the symbol Ag? | Silver
science | Which element has the symbol Fe? | Iron
science | Which gas do plants take in from the air for photosynthesis? | Carbon dioxide ; CO2
science | Which gas makes up most of the Earth's atmosphere? | Nitrogen
science | Which gas do humans need to breathe? | Oxygen
science | Which element is the lightest? | Hydrogen
science | Which noble gas is used in glowing red signs? | Neon
science | Which noble gas fills party balloons? | Helium
science | Which noble gas makes up about one percent of the air? | Argon
science | Which planet is closest to the Sun? | Mercury
science | Which planet is known as the Red Planet? | Mars
science | Which planet is the largest in the Solar System? | Jupiter
science | Which planet has the most famous rings? | Saturn
science | Which planet rotates on its side? | Uranus
science | Which planet is farthest from the Sun? | Neptune
science | Which dwarf planet was a planet until 2006? | Pluto
science | What is the largest organ of the human body? | Skin ; The skin
science | What is the hardest natural substance? | Diamond
science | What is the powerhouse of the cell? | Mitochondria ; Mitochondrion
science | Which blood cells fight infection? | White blood cells ; White cells ; Leukocytes
science | What does a seismograph measure? | Earthquakes
science | Which scale measures the hardness of minerals? | Mohs scale ; Mohs
science | What is the speed of light in a vacuum, in kilometres per second, rounded? | 300000 ; 300,000
science | What is the chemical formula of table salt? | NaCl
science | What is the study of fungi called? | Mycology
science | What is the study of earthquakes called? | Seismology
science | What is the common name of the aurora borealis? | Northern Lights ; The Northern Lights
science | Which particle has a negative charge? | Electron
science | Which particle has no charge? | Neutron
science | Which particle has a positive charge? | Proton
science | What is the freezing point of water in Fahrenheit? | 32 ; Thirty-two
science | Which vitamin do citrus fruits provide most? | Vitamin C ; C
science | What is the name of a baby kangaroo? | Joey
science | What is the fastest land animal? | Cheetah
science | What is the largest animal ever known? | Blue whale
science | What is the tallest animal? | Giraffe
science | What is the largest bird? | Ostrich
science | Which mammal lays eggs and has a duck's bill? | Platypus ; Duck-billed platypus
science | Which animal has eight arms and three hearts? | Octopus
science | What is a group of lions called? | Pride ; A pride
science | What is a group of crows called? | Murder ; A murder
science | What do bees make? | Honey
science | Which bear eats mostly bamboo? | Giant panda ; Panda
# --- sport, games and the rest -----------------------------------------------------------------------
sport | Which sport uses a shuttlecock? | Badminton
sport | Which sport is played at Wimbledon? | Tennis
sport | Which country has won the most FIFA World Cups? | Brazil
sport | In which sport is the Stanley Cup awarded? | Ice hockey ; Hockey
sport | In which sport would you perform a slam dunk? | Basketball
sport | In which sport is a "birdie" one under par? | Golf
sport | Which martial art comes from Korea and means "the way of the foot and fist"? | Taekwondo ; Tae kwon do
sport | Which chess piece can only move diagonally? | Bishop
sport | Which chess piece moves in an L shape? | Knight
sport | What is the highest possible break in snooker? | 147
sport | How long is a marathon in miles, rounded down? | 26 ; Twenty-six
sport | Which city hosts the Tour de France finish? | Paris
general | Which company makes the PlayStation? | Sony
general | Which company makes the Xbox? | Microsoft
general | Which company made the iPhone? | Apple
sport | Which Korean company makes the Galaxy phones? | Samsung
general | Which social network was founded by Mark Zuckerberg? | Facebook
general | Which search engine is the most used in the world? | Google
general | What does "www" stand for? | World Wide Web
general | What is the currency of Japan? | Yen
general | What is the currency of the United Kingdom? | Pound sterling ; Pound ; Pounds
general | What is the currency of South Korea? | Won ; South Korean won
general | Which Korean boy band sang "Dynamite"? | BTS ; Bangtan Boys
general | Which Korean girl group sang "How You Like That"? | Blackpink
general | Which Korean singer had a hit with "Gangnam Style"? | Psy
general | Which language has the most native speakers? | Mandarin ; Mandarin Chinese ; Chinese
general | What is the main language of Brazil? | Portuguese
general | What is the Korean alphabet called? | Hangul ; Hangeul
general | What is the traditional Korean dish of fermented vegetables? | Kimchi
general | Which Japanese dish is raw fish on rice? | Sushi
general | Which Italian dish is layered pasta with sauce and cheese? | Lasagna ; Lasagne
general | Which drink is made from fermented grapes? | Wine
general | Which instrument has 88 keys? | Piano
general | How many strings does a standard guitar have? | Six ; 6
general | What colour do you get by mixing blue and yellow? | Green
general | What colour do you get by mixing red and white? | Pink
general | Which colour is an emerald? | Green ; Emerald green
"""


def rows() -> Iterator[tuple[str, str, str, list[str]]]:
    """(id, category, question, answers) for each row of the table."""
    for index, line in enumerate(TABLE.strip().splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        category, question, answers = (part.strip() for part in line.split(" | "))
        yield f"{category}-{index}", category, question, [a.strip() for a in answers.split(";")]


def bank() -> QuestionBank:
    """The table as one question file, read by the bot's own loader."""
    lines = ["title: Real-world answers", "questions:"]
    for qid, category, question, answers in rows():
        lines += [
            f"  - id: {qid}",
            f"    category: {category}",
            "    difficulty: medium",
            f"    question: {json.dumps(question)}",
            f"    answers: {json.dumps(answers, ensure_ascii=False)}",
            "    explanation: From general knowledge.",
        ]
    return parse_bank("\n".join(lines) + "\n", "real-world.yaml")


FAIR_LENGTH = 5  # letters: shorter answers forgive no typo (see text.allowance)


def transpositions(answer: str) -> list[str]:
    """`answer` with one pair of neighbouring letters of one word swapped, every way."""
    found = []
    for at in range(len(answer) - 1):
        first, second = answer[at], answer[at + 1]
        if first.isalpha() and second.isalpha() and first.lower() != second.lower():
            found.append(answer[:at] + second + first + answer[at + 2 :])
    return found


def typo_cases(bank: QuestionBank) -> list[tuple[str, Question]]:
    """One-transposition typos of every listed text answer of a fair length, except the
    typos that are written like another question's answer."""
    written = {normalize(a) for q in bank for a in q.answers}
    cases = []
    for question in bank:
        for form in question.key.forms:
            if form.kind is not Kind.TEXT or len(form.unfolded) < FAIR_LENGTH:
                continue
            cases += [(typo, question) for typo in transpositions(form.shown) if normalize(typo) not in written]
    return cases


def cross_cases(bank: QuestionBank) -> list[tuple[str, Question]]:
    """Every listed answer of every question, as a guess at every other question whose
    answers it is not (written alike, or one typo apart from one of them). "O" and "X"
    are left out of the true-or-false questions: there they are the marks of an O/X quiz."""
    cases = []
    for question in bank:
        own = [normalize(a) for a in question.answers]
        for other in bank:
            if other is question:
                continue
            for answer in other.answers:
                said = normalize(answer)
                if question.key.truth is not None and answer.lower() in ("o", "x"):
                    continue
                if said not in own and all(OSA.distance(said, mine, score_cutoff=1) > 1 for mine in own):
                    cases.append((answer, question))
    return cases
