"""The Korean names of the slash commands, their options and their choices: what Korean
Discord clients show (`term()`; see discord/sync.py)."""

from __future__ import annotations

# The slash commands as Korean Discord clients show them (see discord/sync.py):
# each English name or description -> its Korean one. Names are one lower-case word
# (Discord's rule); a category of a bank file not listed here shows as written.
TERMS_KO: dict[str, str] = {
    # commands and groups
    "trivia": "퀴즈",
    "trivia-admin": "퀴즈관리",
    "start": "시작",
    "hint": "힌트",
    "categories": "카테고리",
    "settings": "설정",
    "set": "설정변경",
    "report": "신고",
    "reports": "신고목록",
    "stop": "중지",
    "skip": "넘기기",
    "leaderboard": "순위표",
    "stats": "통계",
    "reload": "다시불러오기",
    "help": "도움말",
    "pack": "팩",
    "packs": "팩목록",
    "add": "추가",
    "remove": "삭제",
    "get": "받기",
    "file": "파일",
    # options
    "rounds": "문제수",
    "category": "카테고리",
    "difficulty": "난이도",
    "mode": "방식",
    "period": "기간",
    "member": "멤버",
    "reason": "이유",
    "name": "이름",
    "value": "값",
    "clear": "닫기",
    # choices
    "easy": "쉬움",
    "medium": "보통",
    "hard": "어려움",
    "open": "직접 입력",
    "choices": "버튼 선택",
    "all": "전체 기간",
    "week": "이번 주",
    "month": "이번 달",
    "cast": "출연진",
    "characters": "등장인물",
    "people": "사람들",
    "production": "제작",
    "reception": "반응",
    "show": "작품",
    "themes": "주제",
    # descriptions
    "Start a trivia game in this channel.": "이 채널에서 퀴즈 게임을 시작해요.",
    "Start a trivia game here: `start [pack] [rounds] [category] [difficulty]`, in any order.": (
        "여기서 퀴즈 게임을 시작해요: `start [팩] [문제 수] [카테고리] [난이도]`, 순서는 상관없어요."
    ),
    "A hint for the current question (it lowers the prize).": "지금 문제의 힌트를 받아요(받을 수 있는 점수가 줄어요).",
    "The question categories, with how many questions each has.": "문제 카테고리와 카테고리별 문제 수.",
    "This server's settings, with their defaults.": "이 서버의 설정과 기본값.",
    "Change one of this server's trivia settings": "이 서버의 퀴즈 설정을 하나 바꿔요",
    "Report the current question (or the one that just ended) to the server's admins.": (
        "지금 문제(또는 방금 끝난 문제)를 서버 관리자에게 신고해요."
    ),
    "Open question reports, or close those of one question": "처리되지 않은 문제 신고를 보거나, 한 문제의 신고를 닫아요",
    "End this channel's game and post the final standings.": "이 채널의 게임을 끝내고 최종 순위를 올려요.",
    "Reveal the answer of the current question and move on.": "지금 문제의 정답을 공개하고 다음으로 넘어가요.",
    "This server's top 10: all time, this week or this month.": "이 서버의 상위 10명: 전체 기간, 이번 주, 이번 달.",
    "Points, correct answers, games, win rate, best streak, fastest answer, favourite category, rank.": (
        "점수, 정답 수, 게임 수, 승률, 최장 연속 정답, 가장 빠른 정답, 가장 많이 맞힌 카테고리, 순위."
    ),
    "Re-read the question file; a broken file keeps the current questions": (
        "문제 파일을 다시 읽어요. 파일에 문제가 있으면 지금 문제를 그대로 써요"
    ),
    "How to play.": "게임 방법.",
    "Trivia administration (Manage Server)": "퀴즈 관리(서버 관리하기 권한)",
    "How many questions (1 to 50, default 10)": "문제 수(1~50, 기본 10)",
    "Only questions of this category (default: all)": "이 카테고리의 문제만(기본: 전체)",
    "Only questions of this difficulty (default: all)": "이 난이도의 문제만(기본: 전체)",
    "open: type the answers; choices: four buttons (default: the server's setting)": (
        "직접 입력: 답을 입력해요, 버튼 선택: 네 개의 버튼(기본: 서버 설정)"
    ),
    "all time (the default), this week (from Monday, UTC) or this month": (
        "전체 기간(기본), 이번 주(월요일부터, UTC) 또는 이번 달"
    ),
    "Whose stats to show (default: yours)": "누구의 통계를 볼지(기본: 나)",
    "What is wrong with the question or its answer": "문제나 정답에서 잘못된 점",
    "The id of a question whose reports to close": "신고를 닫을 문제의 id",
    "This server's question packs, with how many questions each has.": "이 서버의 문제 팩과 팩별 문제 수.",
    "This server's question packs (Manage Server)": "이 서버의 문제 팩(서버 관리하기 권한)",
    "Add a question pack, or replace the one of that name": "문제 팩을 추가하거나, 같은 이름의 팩을 바꿔요",
    "Remove one of this server's question packs": "이 서버의 문제 팩을 하나 삭제해요",
    "A question pack's file, to edit and upload again": "문제 팩 파일을 받아요. 고쳐서 다시 올릴 수 있어요",
    "The pack's name: one lower-case word": "팩 이름: 영문 소문자 한 단어",
    "The pack's .yaml file": "팩의 .yaml 파일",
    "The pack": "팩",
    "The question pack (default: the server's pack setting)": "문제 팩(기본: 서버의 pack 설정)",
    "The setting": "설정 이름",
    "Its new value, or `default`": "새 값, 또는 `default`",
    # erasing a member's data
    "forget": "데이터삭제",
    "Erase your trivia data on this server (with Manage Server, a member's), once you confirm.": (
        "이 서버에 있는 내 퀴즈 데이터를 확인 후 지워요(서버 관리하기 권한이 있으면 다른 멤버의 데이터도)."
    ),
    "Whose trivia data to erase (default: yours; another member's needs Manage Server)": (
        "누구의 퀴즈 데이터를 지울지(기본: 나, 다른 멤버는 서버 관리하기 권한 필요)"
    ),
    # /trivia answer, where the bot cannot read messages
    "answer": "답하기",
    "guess": "답",
    "Answer the current question (for servers where the bot cannot read messages).": (
        "지금 문제에 답해요(봇이 메시지를 읽을 수 없는 서버용)."
    ),
    "Your answer to the current question": "지금 문제에 대한 내 답",
}
