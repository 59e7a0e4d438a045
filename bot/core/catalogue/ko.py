"""The Korean catalogue (한국어): every text a game shows players, by key (see catalogue.py).

Korean has no plural ending: where the English text adds `{s}`, this one writes
`{s:.0}`, the same placeholder cut to nothing, so both catalogues take the same values.
Commands, setting names and categories stay as typed (`!trivia start`, `round_seconds`).
"""

from __future__ import annotations

KO: dict[str, str] = {
    # Discord
    "discord.intro": (
        "🩺 **중증외상센터 퀴즈!** {rounds}문제{s:.0}, 문제마다 {seconds}초{about}. 이 채널에 답을 입력하세요. "
        "빨리 맞힐수록 점수가 높아요. 힌트는 `{prefix}trivia hint`."
    ),
    "discord.about": " ({what})",
    "discord.question": "**문제 {number}/{total}** · {seconds}초 · 최대 {prize}점\n{text}",
    "discord.hint": "💡 힌트 {number}/{total}: {hint} · 이제 최대 {prize}점",
    "discord.won": "🎉 <@{winner}> 님이 {elapsed}초 만에 맞혔어요! **+{points}점**{bonus}{streak}{total}",
    "discord.bonus": " (연속 정답 보너스 +{bonus})",
    "discord.streak": " · 🔥 {streak}연속",
    "discord.total": " · 이 서버 누적 {total}점",
    "discord.unsaved": "\n⚠️ 지금은 점수를 저장하지 못했어요({error}). 게임은 계속돼요.",
    "discord.answer": "\n정답: **{answer}**",
    "discord.revealed": "{how} 정답: **{answer}**",
    "discord.timed_out": "⏰ 시간 종료!",
    "discord.skipped": "⏭️ 넘어갔어요.",
    "discord.stopped": "⏹️ 멈췄어요.",
    "discord.streak_ended_by": "\n💥 {winner} 님이 {holder} 님의 {length}연속 정답을 끊었어요!",
    "discord.streak_ended": "\n💥 {holder} 님의 {length}연속 정답이 끝났어요.",
    "discord.explanation": "\n📖 {explanation}",
    "discord.end.completed": "🏁 마지막 문제였어요!",
    "discord.end.stopped": "⏹️ 게임을 멈췄어요.",
    "discord.end.idle": "💤 {silent}문제 연속으로 아무도 답하지 않아서 게임을 끝냈어요.",
    "discord.end.failed": "⚠️ 오류로 게임이 멈췄어요. 발표된 점수는 모두 저장돼 있어요.",
    "discord.standings": "최종 순위",
    "discord.standing": "{place} {name}: {points}점{s:.0}",
    "discord.more_players": "…외 {n}명",
    "discord.nobody": "이번에는 아무도 점수를 얻지 못했어요.",
    "discord.fastest": "⚡ 가장 빠른 정답",
    "discord.fastest_value": "{name}, {elapsed}초",
    "discord.best_streak": "🔥 최장 연속 정답",
    "discord.best_streak_value": "{name}, {length}연속",
    "discord.questions": "❓ 문제",
    "discord.questions_value": "{total}문제 중 {asked}문제",
    # Replies and errors (Discord and the core)
    "error.game_running": "이 채널에서는 이미 퀴즈 게임이 진행 중이에요.",
    "error.no_game": "이 채널에서 진행 중인 퀴즈 게임이 없어요.",
    "error.not_saved": "점수를 저장하지 못했어요({cause}).",
    "error.admin_only": "그렇게 하려면 서버 관리하기 권한이 필요해요.",
    "error.not_controller": "게임을 시작한 사람, 또는 메시지 관리 권한이나 서버 관리하기 권한이 있는 멤버만 할 수 있어요.",
    "error.moderators_only": "메시지 관리 권한이나 서버 관리하기 권한이 있는 멤버만 할 수 있어요.",
    "error.not_here": "여기서는 이 명령어를 쓸 수 없어요.",
    "error.failed": "문제가 생겼어요. 오류는 기록해 두었어요.",
    "error.dm": "퀴즈는 DM이 아니라 서버 채널에서 할 수 있어요.",
    "error.slow_down": "조금 천천히요: {wait}초{s:.0} 뒤에 다시 해 보세요.",
    "error.no_member": "이 서버에서 “{who}”라는 멤버를 찾지 못했어요.",
    "error.unknown_command": "`{typed}`(이)라는 명령어는 없어요.{hint} `{prefix}trivia help`를 입력해 보세요.",
    "error.unknown_command.start": " {rounds}문제짜리 게임을 시작하려면: `{prefix}trivia start {rounds}`.",
    "error.unknown_command.close": " `{prefix}trivia {command}`를 입력하려던 건가요?",
    "error.permissions": "여기서는 게임을 할 수 없어요. 이 채널에 {names} 권한{s:.0}이 필요해요.",
    "permission.view_channel": "채널 보기",
    "permission.send_messages": "메시지 보내기",
    "permission.send_messages_in_threads": "스레드에서 메시지 보내기",
    "permission.embed_links": "링크 첨부",
    "error.permissions.and": " 및 ",
    "error.wrong_channel": "이 서버의 퀴즈 게임은 {where}에서 할 수 있어요.",
    "error.no_questions": "“{what}”에 해당하는 문제가 없어요. `/trivia categories`를 확인해 보세요.",
    "error.no_skip": "지금은 넘길 문제가 없어요.",
    "error.nothing_to_report": "신고할 문제가 없어요. 문제가 진행 중일 때나 끝나고 2분 안에 신고해 주세요.",
    "error.report_reason": "무엇이 잘못됐는지 적어 주세요: `{prefix}trivia report <이유>`.",
    "start.usage": (
        "`{prefix}trivia start [문제 수] [카테고리] [난이도] [choices]`로 시작하세요. 순서는 상관없어요. "
        "카테고리: {categories}. 난이도: {difficulties}. `choices`는 버튼으로, `open`은 직접 입력해서 답해요."
    ),
    "start.rounds_twice": "문제 수는 한 번만 적어 주세요. {usage}",
    "start.rounds_range": "문제 수는 1부터 {most} 사이여야 해요. {rounds}은(는) 안 돼요.",
    "start.unknown_word": "“{word}”은(는) 여기서 알 수 없는 단어예요. {usage}",
    "hint.no_round": "지금 진행 중인 문제가 없어요.",
    "hint.none_left": "이 문제에는 남은 힌트가 없어요.",
    "hint.too_soon": "힌트는 하나씩만요. 몇 초 뒤에 다음 힌트를 받을 수 있어요.",
    "hint.posted": "💡 힌트를 올렸어요.",
    "hint.digits": "{digits}자리 숫자예요{s:.0}.",
    "hint.starts": "{shape} 꼴이에요.",
    "game.stopping": "게임을 멈추는 중…",
    "game.skipping": "넘어가는 중…",
    "choice.wrong": "❌ 아쉽지만 틀렸어요. 이번 문제에서는 빠지고, 다른 사람들은 계속해요.",
    "choice.already": "이 문제에는 이미 답했어요.",
    "choice.closed": "⏱️ 이 문제는 끝났어요.",
    "pages.not_yours": "요청한 멤버만 페이지를 넘길 수 있어요.",
    "categories.list": "📚 **카테고리**: {categories}.\n`{prefix}trivia start 10 <카테고리> [난이도]`로 골라서 할 수 있어요.",
    "categories.item": "`{name}` ({count})",
    # Boards and stats
    "board.empty": "이 서버에는 아직 점수가 없어요.",
    "board.empty_period": "이 서버에는 아직 {period} 점수가 없어요.",
    "board.title": "🏆 **퀴즈 순위표 · {guild} · {period}**",
    "board.week_note": "-# 한 주는 월요일 00:00(UTC)에 시작해요.",
    "board.month_note": "-# 한 달은 1일 00:00(UTC)에 시작해요.",
    "board.row": "{rank}. {name}: {points}점, 정답 {correct}개",
    "board.you": "…\n나: {rank}. {name}: {points}점, 정답 {correct}개",
    "board.page": "-# {pages}쪽 중 {page}쪽 · 참가자 {players}명",
    "period.all": "전체 기간",
    "period.week": "이번 주",
    "period.month": "이번 달",
    "stats.none": "{name} 님은 이 서버에서 아직 퀴즈 점수가 없어요.",
    "stats.head": "📊 **{name}** · ",
    "stats.rank": "{players}명 중 {rank}위",
    "stats.points": "{points}점",
    "stats.correct": "정답 {correct}개",
    "stats.games": "게임 {games}판",
    "stats.win_rate": "승률 {rate}",
    "stats.best_streak": "최장 연속 정답 {streak}",
    "stats.fastest": "가장 빠른 정답 {seconds}초",
    "stats.favourite": "가장 많이 맞힌 카테고리: {category}",
    # Settings, reports, reload
    "setting.whole_number": "{name}은(는) {low}부터 {high} 사이의 정수여야 해요. “{text}”은(는) 안 돼요.",
    "setting.range": "{name}은(는) {low}부터 {high} 사이여야 해요. {value}은(는) 안 돼요.",
    "setting.switch": "{name}은(는) on 또는 off여야 해요. “{text}”은(는) 안 돼요.",
    "setting.one_of": "{name}은(는) {values} 중 하나여야 해요. “{text}”은(는) 안 돼요.",
    "setting.channels": "channels는 `all`이거나 채널 멘션을 하나 이상 적어야 해요(#trivia #games).",
    "setting.unknown": "“{name}”이라는 설정은 없어요. 설정: {settings}.",
    "setting.allowed.round_seconds": "10~120초",
    "setting.allowed.rounds": "1~50문제",
    "setting.allowed.auto_hint": "on 또는 off",
    "setting.allowed.mode": "open(직접 입력) 또는 choices(버튼)",
    "setting.allowed.channels": "all 또는 채널 멘션",
    "setting.allowed.stop_by": "starter(시작한 사람과 관리자) 또는 moderators(관리자만)",
    "setting.allowed.language": "en(English) 또는 ko(한국어)",
    "settings.title": "⚙️ **이 서버의 퀴즈 설정**",
    "settings.row": "`{name}`: **{value}**{mark} · 기본값 {default} · {allowed}",
    "settings.footer": "`{prefix}trivia set <이름> <값>`으로 바꿀 수 있어요(서버 관리하기 권한). `default`는 기본값으로 되돌려요.",
    "settings.usage": "사용법: `{prefix}trivia set <이름> <값>` (또는 `default`). 설정: {settings}.",
    "settings.reset": "✅ `{name}`을(를) 기본값 **{default}**(으)로 되돌렸어요. 지금부터 시작하는 게임에 적용돼요.",
    "settings.changed": (
        "✅ `{name}`이(가) 이제 **{value}**예요(기본값 {default}). "
        "지금부터 시작하는 게임에 적용되고, 진행 중인 게임은 원래 설정을 유지해요."
    ),
    "report.thanks": "🚩 고마워요. `{question}` 문제를 서버 관리자에게 신고했어요.",
    "report.title": "🚩 **처리되지 않은 문제 신고** · `{prefix}trivia reports clear <문제 id>`로 닫을 수 있어요",
    "report.head": "**{question}** · {text} · 신고 {total}건{s:.0}",
    "report.reason": "  • {count}× {reason}",
    "report.more": "  • …외 다른 이유 {n}개",
    "report.gone": "(문제 파일에서 빠진 문제)",
    "report.none": "이 서버에는 처리되지 않은 문제 신고가 없어요.",
    "report.usage": "사용법: 목록은 `{prefix}trivia reports`, 닫기는 `{prefix}trivia reports clear <문제 id>`.",
    "report.none_for": "`{question}` 문제에는 처리되지 않은 신고가 없어요.",
    "report.closed": "✅ `{question}` 문제의 신고 {closed}건{s:.0}을 닫았어요.",
    "reload.failed": (
        "❌ 다시 불러오지 못했어요. 전에 불러온 {kept}문제를 계속 써요. 문제점 {count}개:\n```\n{problems}\n```"
    ),
    "reload.done": "✅ `{file}`에서 {count}문제를 다시 불러왔어요.{note}",
    "reload.running": " 진행 중인 게임 {running}개는 지금 문제로 끝까지 진행돼요.",
    "help.text": (
        "**〈중증외상센터〉 퀴즈** (접두사 `{p}` 또는 슬래시 `/`)\n"
        "`{p}trivia start [문제 수] [카테고리] [난이도] [choices]`: 여기서 게임 시작 (순서 상관없음, `choices`: 버튼)\n"
        "`{p}trivia hint`: 지금 문제의 힌트 (최대 3개, 하나에 상금 2점씩 줄어요)\n"
        "`{p}trivia categories`: 카테고리와 카테고리별 문제 수\n"
        "`{p}trivia skip` / `{p}trivia stop`: 정답 공개 후 다음 문제 / 게임 끝내기 (시작한 사람이나 관리자)\n"
        "`{p}trivia leaderboard [all|week|month]`: 이 서버의 상위 10명 (`top`, `scores`도 돼요)\n"
        "`{p}trivia stats [멤버]`: 점수, 정답 수, 게임 수, 승률, 최장 연속 정답, 가장 빠른 정답, 순위\n"
        "`{p}trivia report <이유>`: 지금 문제(또는 방금 끝난 문제)를 관리자에게 신고\n"
        "`{p}trivia settings`: 이 서버의 설정 · `{p}trivia set <이름> <값>` (서버 관리하기 권한)\n"
        "`{p}trivia reports [clear <id>]`, `{p}trivia reload` (서버 관리하기 권한): 신고 목록, 문제 파일 다시 읽기\n"
        "한글로 답해도 돼요. 빨리 맞힐수록 점수가 높아요: 처음 3분의 1 동안은 10점, 끝에는 5점까지 줄어요. "
        "연속 정답이면 +1~+3점."
    ),
    # Where the bot cannot read messages (TRIVIA_MESSAGE_CONTENT=0): the intro, `/trivia answer`
    "discord.intro.no_content": (
        "🩺 **중증외상센터 퀴즈!** {rounds}문제{s:.0}, 문제마다 {seconds}초{about}. 이 채널의 메시지는 제가 "
        "읽을 수 없어요. 문제에 답장하거나 저를 멘션해서 답하거나, `/trivia answer`로 답하세요. "
        "빨리 맞힐수록 점수가 높아요. 힌트는 `/trivia hint`."
    ),
    "answer.right": "✅ 정답이에요!",
    "answer.wrong": "❌ 아니에요. 다시 해 보세요!",
    "answer.no_round": "지금 진행 중인 문제가 없어요.",
    "answer.out": "틀린 버튼을 눌러서 이번 문제에서는 빠졌어요.",
    # Terminal
    "terminal.question": "\n문제 {number}/{total} ({seconds}초, 최대 {prize}점)\n{text}",
    "terminal.hint": "힌트 {number}/{total}: {hint} (이제 최대 {prize}점)",
    "terminal.won": "정답! {answer} ({elapsed}초: +{points}점{bonus}{streak})",
    "terminal.bonus": ", 연속 정답 보너스 +{bonus}",
    "terminal.streak": ", {streak}연속",
    "terminal.streak_ended": "{length}연속 정답이 끝났어요.",
    "terminal.revealed": "{how} 정답: {answer}",
    "terminal.timed_out": "시간 종료!",
    "terminal.skipped": "넘어갔어요.",
    "terminal.stopped": "멈췄어요.",
    "terminal.explanation": "알고 있었나요? {explanation}",
    "terminal.intro": "{title}: {rounds}문제{s:.0}. 답을 입력하세요. /hint 힌트, /skip 넘기기, /quit 끝내기.",
    "terminal.not_quite": "아쉬워요, 다시 해 보세요.",
    "terminal.unsaved": "점수를 저장하지 못했어요: {error}",
    "terminal.idle": " ({silent}문제 연속 무응답)",
    "terminal.game_over": "\n게임 끝{reason}: {played}문제 중 {correct}문제 정답.",
    "terminal.total": "누적 {points}점이에요(저장됨).",
    "terminal.wrong_choice": "아쉽지만 틀렸어요. 이번 문제에서는 빠져요.",
    "terminal.already_chosen": "이 문제에는 이미 답했어요.",
}

# The slash commands as Korean Discord clients show them (see discord/sync.py):
# each English name or description -> its Korean one. Names are one lower-case word
# (Discord's rule); a category of a bank file not listed here shows as written.
SLASH: dict[str, str] = {
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
    "Start a trivia game here: `start [rounds] [category] [difficulty]`, in any order.": (
        "여기서 퀴즈 게임을 시작해요: `start [문제 수] [카테고리] [난이도]`, 순서는 상관없어요."
    ),
    "A hint for the current question (it lowers the prize).": "지금 문제의 힌트를 받아요(상금이 줄어요).",
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
    "The setting": "설정 이름",
    "Its new value, or `default`": "새 값, 또는 `default`",
    # /trivia answer, where the bot cannot read messages
    "answer": "답하기",
    "guess": "답",
    "Answer the current question (for servers where the bot cannot read messages).": (
        "지금 문제에 답해요(봇이 메시지를 읽을 수 없는 서버용)."
    ),
    "Your answer to the current question": "지금 문제에 대한 내 답",
}
