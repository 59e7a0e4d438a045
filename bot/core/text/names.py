"""Korean names, romanised and in Hangul.

* A surname is spelt many ways (Lee, Yi, Rhee; Park, Pak, Bak): every spelling folds
  to one (`SURNAMES`), in the bank's answers and in guesses alike.
* A name may be written surname first or last ("Ji-hoon Ju"): `reversed_name` gives
  the other order of an answer that is a name.
* A syllable that turns into another common name syllable names someone else:
  "Kang-hyun" is not a typo of "Kang-hyuk", "Do-hyun" not one of "Do-yun", "Ji-hyun"
  not one of "Ji-hoon". A slip into a syllable no one is called ("Ji-hoom") stays a
  typo. `NAME_SYLLABLES` holds
  the common given-name syllables, in Hangul and romanised (folded, see normalize.py).
"""

from __future__ import annotations

from anyascii import anyascii

from .normalize import fold_romanisation

# Each spelling of a surname (folded) -> the one it is judged as.
_SPELLINGS = {
    "lee": "yi rhee ri rhie",
    "parg": "pag bag barg",
    "jung": "chung jeung",
    "choi": "choe chwe",
    "baeg": "paeg paig baig",
    "ju": "jou",
    "chu": "chou",
    "yun": "youn",
    "ahn": "an",
}
SURNAMES: dict[str, str] = {
    fold_romanisation(spelling): canonical for canonical, others in _SPELLINGS.items() for spelling in others.split()
}
# Words a romanised name may start with (folded), to tell a name from other answers.
_FIRST = (
    set(_SPELLINGS)
    | set(SURNAMES)
    | {
        fold_romanisation(w)
        for w in "cheon chun kim han yang ha cho jo jang lim im oh seo shin kwon hwang song jeon hong yu yoo ko go "
        "moon son bae heo hur nam sim noh kwak sung cha woo koo min ryu na jin ji uhm chae won bang gong hyun "
        "byun do".split()
    }
)

HANGUL_SURNAMES = frozenset(
    "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 "
    "민 류 나 진 지 엄 채 원 천 방 공 현 함 변 염 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 "
    "국 여 어 은 편 용 예 경 봉 사 부".split()
)

HANGUL_NAME_SYLLABLES = frozenset(
    "가 각 간 강 건 걸 겸 경 계 고 곤 관 광 교 구 국 군 권 규 균 근 금 기 길 나 난 남 내 녀 년 노 다 단 달 담 대 덕 도 "
    "돈 동 두 득 라 란 람 랑 래 량 려 련 렬 령 례 로 록 론 룡 루 류 륜 률 름 리 린 림 마 만 명 모 목 무 문 미 민 배 백 "
    "범 병 보 복 봉 부 분 비 빈 사 산 삼 상 새 서 석 선 설 섭 성 세 소 솔 송 수 숙 순 술 승 시 식 신 실 아 안 애 양 "
    "언 여 연 열 엽 영 예 오 옥 온 완 왕 용 우 욱 운 웅 원 월 위 유 육 윤 율 은 을 음 응 의 이 익 인 일 임 자 장 "
    "재 전 정 제 조 종 주 준 중 지 진 찬 창 채 천 철 청 초 춘 충 치 태 택 표 필 하 학 한 해 행 향 허 헌 혁 현 형 혜 "
    "호 홍 화 환 활 황 효 후 훈 휘 희 흠 흥".split()
)

_ROMANISED = {fold_romanisation(anyascii(s).lower()) for s in HANGUL_NAME_SYLLABLES}
NAME_SYLLABLES = frozenset(_ROMANISED | {"r" + s[1:] for s in _ROMANISED if s.startswith("l")}) | {
    fold_romanisation(w)
    for w in "young yeong kyung kyoung hyung hyeong seung sung jung joon jun soo su hee hui shin sik seok suk chul "
    "cheol hwan kwang kyu gyu hoon hun hyun hyeon hyuk hyeok min jin yoon yun won woo wu jae ho ha yu yoo rim lim "
    "ri lee mi mee na ra ryu yeon yon eun un in il han hong ji jee chan sang dong tae kang gang do hye hae nam "
    "beom bum bin bong chang chae chun cheon sun seon sol song ok yong wook uk woong sub seop".split()
}


def is_name(words: tuple[str, ...]) -> bool:
    """Do these folded words look like a romanised Korean name ("lee do yun")?"""
    return 2 <= len(words) <= 4 and words[0] in _FIRST and all(len(w) <= 6 for w in words)


def canonical(words: list[str]) -> list[str]:
    """Folded words with every surname spelling made one."""
    return [SURNAMES.get(w, w) for w in words]


def reversed_name(answer: str) -> str | None:
    """ "Ju Ji-hoon" -> "Ji-hoon Ju": the surname moved last (Western order)."""
    surname, _, given = answer.strip().partition(" ")
    return f"{given} {surname}" if given else None


def consonants(syllable: str) -> str:
    """The consonants of a romanised syllable, in order ("hyug" -> "hg")."""
    return "".join(ch for ch in syllable if ch not in "aeiouwy")


def another_name(guess: str, answer: str) -> bool:
    """Is `guess` another common name syllable than `answer`?

    In a given name any change into a common syllable names someone else ("Ji-hyun"
    is not "Ji-hoon"). A surname is spelt every which way, so there only a change of
    consonants does ("Cho" may be a slip for "Choo", "Park" is not "Baek").
    """
    if guess == answer or guess not in NAME_SYLLABLES:
        return False
    return consonants(guess) != consonants(answer) if answer in _FIRST else True
