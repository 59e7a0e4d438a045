"""The Korean catalogue (한국어): every text a game shows players, by key (see catalogue.py).

One register, 해요체, and Discord's own Korean names for its permissions. Korean has no
plural ending: the `s` the English texts are given is not used here. A particle after a
value is written as its pair, `{rounds:은/는}`, and agrees with the value (particles.py);
after a value that may be in Latin letters (a setting's name, what a member typed) the
text is phrased so that no particle follows it (`rounds` 설정을). Commands, setting names
and categories stay as typed (`!trivia start`, `round_seconds`).
"""

from __future__ import annotations

KO: dict[str, str] = {
    # Discord
    "discord.intro": (
        "🩺 **{title}!** {rounds}문제, 문제마다 {seconds}초{about}. 이 채널에 답을 입력하세요. "
        "빨리 맞힐수록 점수가 높아요. 힌트는 `{prefix}trivia hint`."
    ),
    "discord.about": " ({what})",
    "intro.trivia": "퀴즈 시간",
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
    "discord.streak_ended": "\n💥 {holder} 님의 {length}연속 정답이 끊겼어요.",
    "discord.explanation": "\n📖 {explanation}",
    "discord.end.completed": "🏁 마지막 문제였어요!",
    "discord.end.stopped": "⏹️ 게임을 멈췄어요.",
    "discord.end.idle": "💤 {silent}문제 연속으로 아무도 답하지 않아서 게임을 끝냈어요.",
    "discord.end.failed": "⚠️ 오류로 게임이 멈췄어요. 발표된 점수는 모두 저장돼 있어요.",
    "discord.standings": "최종 순위",
    "discord.standing": "{place} {name}: {points}점",
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
    "error.not_controller": "게임을 시작한 사람이나 메시지 관리하기 또는 서버 관리하기 권한이 있는 멤버만 할 수 있어요.",
    "error.moderators_only": "메시지 관리하기 또는 서버 관리하기 권한이 있는 멤버만 할 수 있어요.",
    "error.not_here": "여기서는 이 명령어를 쓸 수 없어요.",
    "error.failed": "오류가 생겼어요. 자세한 내용은 로그에 남겨 두었어요.",
    "error.dm": "퀴즈는 DM이 아니라 서버 채널에서 할 수 있어요.",
    "error.slow_down": "조금 천천히요: {wait}초 뒤에 다시 해 보세요.",
    "error.no_member": "이 서버에서 “{who}” 님을 찾지 못했어요.",
    "error.unknown_command": "`{typed}` 명령어는 없어요.{hint} 도움말은 `{prefix}trivia help`로 볼 수 있어요.",
    "error.unknown_command.start": " {rounds}문제짜리 게임을 시작하려면 `{prefix}trivia start {rounds}` 명령어를 입력하세요.",
    "error.unknown_command.close": " 혹시 `{prefix}trivia {command}` 명령어를 찾으셨나요?",
    "error.permissions": "여기서는 게임을 할 수 없어요. 이 채널에 {names} 권한이 필요해요.",
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
    "start.rounds_range": "문제 수는 1부터 {most}까지 정할 수 있어요. {rounds:은/는} 안 돼요.",
    "start.unknown_word": "여기서는 알 수 없는 단어예요: “{word}”. {usage}",
    "hint.no_round": "지금 진행 중인 문제가 없어요.",
    "hint.none_left": "이 문제에는 남은 힌트가 없어요.",
    "hint.too_soon": "힌트는 하나씩만요. 몇 초 뒤에 다음 힌트를 받을 수 있어요.",
    "hint.posted": "💡 힌트를 올렸어요.",
    "hint.digits": "{digits:한/두/세} 자리 숫자예요.",
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
    "stats.best_streak": "최장 {streak}연속 정답",
    "stats.fastest": "가장 빠른 정답 {seconds}초",
    "stats.favourite": "가장 많이 맞힌 카테고리: {category}",
    # Settings, reports, reload
    "setting.whole_number": "{name} 설정에는 {low}부터 {high}까지의 정수만 쓸 수 있어요. 입력한 값: “{text}”.",
    "setting.range": "{name} 설정은 {low}부터 {high}까지 정할 수 있어요. {value:은/는} 안 돼요.",
    "setting.switch": "{name} 설정에는 on 또는 off만 쓸 수 있어요. 입력한 값: “{text}”.",
    "setting.one_of": "{name} 설정에는 {values} 가운데 하나만 쓸 수 있어요. 입력한 값: “{text}”.",
    "setting.channels": "channels 설정에는 `all`이나 채널 멘션을 하나 이상 적어 주세요(#trivia #games).",
    "setting.unknown": "“{name}” 설정은 없어요. 설정: {settings}.",
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
    "settings.reset": "✅ `{name}` 설정을 기본값으로 되돌렸어요: **{default}**. 지금부터 시작하는 게임에 적용돼요.",
    "settings.changed": (
        "✅ `{name}` 설정을 바꿨어요: **{value}** (기본값 {default}). "
        "지금부터 시작하는 게임에 적용되고, 진행 중인 게임은 원래 설정을 그대로 써요."
    ),
    "report.thanks": "🚩 고마워요. `{question}` 문제를 서버 관리자에게 신고했어요.",
    "report.title": "🚩 **처리되지 않은 문제 신고** · `{prefix}trivia reports clear <문제 id>`로 닫을 수 있어요",
    "report.head": "**{question}** · {text} · 신고 {total}건",
    "report.reason": "  • {count}× {reason}",
    "report.more": "  • …외 다른 이유 {n}개",
    "report.gone": "(문제 파일에서 빠진 문제)",
    "report.none": "이 서버에는 처리되지 않은 문제 신고가 없어요.",
    "report.usage": "사용법: 목록은 `{prefix}trivia reports`, 닫기는 `{prefix}trivia reports clear <문제 id>`.",
    "report.none_for": "`{question}` 문제에는 처리되지 않은 신고가 없어요.",
    "report.closed": "✅ `{question}` 문제의 신고 {closed}건을 닫았어요.",
    "reload.failed": (
        "❌ 문제 파일을 다시 불러오지 못해서 전에 불러온 {kept}문제를 계속 써요. 오류 {count}개:\n```\n{problems}\n```"
    ),
    "reload.done": "✅ `{file}`에서 {count}문제를 다시 불러왔어요.{note}",
    "reload.running": " 진행 중인 게임 {running}개는 지금 문제로 끝까지 진행돼요.",
    "help.text": (
        "**〈중증외상센터〉 퀴즈** (접두사 `{p}` 또는 슬래시 `/`)\n"
        "`{p}trivia start [문제 수] [카테고리] [난이도] [choices]`: 여기서 게임 시작 (순서 상관없음, `choices`: 버튼)\n"
        "`{p}trivia hint`: 지금 문제의 힌트 (최대 3개, 힌트 하나마다 받을 수 있는 점수가 2점씩 줄어요)\n"
        "`{p}trivia categories`: 카테고리와 카테고리별 문제 수\n"
        "`{p}trivia packs`: 이 서버의 문제 팩 · `{p}trivia start <팩>`으로 플레이 · `.yaml` 파일을 첨부해서 `{p}trivia pack add <이름>`으로 추가 (서버 관리하기 권한)\n"
        "`{p}trivia skip` / `{p}trivia stop`: 정답 공개 후 다음 문제 / 게임 끝내기 (시작한 사람이나 관리자)\n"
        "`{p}trivia leaderboard [all|week|month]`: 이 서버의 상위 10명 (`top`, `scores`도 돼요)\n"
        "`{p}trivia stats [멤버]`: 점수, 정답 수, 게임 수, 승률, 최장 연속 정답, 가장 빠른 정답, 순위\n"
        "`{p}trivia report <이유>`: 지금 문제(또는 방금 끝난 문제)를 관리자에게 신고\n"
        "`{p}trivia settings`: 이 서버의 설정 · `{p}trivia set <이름> <값>` (서버 관리하기 권한)\n"
        "`{p}trivia reports [clear <id>]`, `{p}trivia reload` (서버 관리하기 권한): 신고 목록, 문제 파일 다시 읽기\n"
        "한글로 답해도 돼요. 빨리 맞힐수록 점수가 높아요: 처음 3분의 1 동안은 10점, 끝에는 5점까지 줄어요. "
        "연속으로 맞히면 +1~+3점을 더 받아요."
    ),
    # Question packs (each server's own questions; see discord/packs.py)
    "pack.usage": "사용법: 팩의 `.yaml` 파일을 첨부해서 `{prefix}trivia pack add <이름>`, 그리고 `{prefix}trivia pack remove <이름>`, `{prefix}trivia pack get <이름>`. 목록은 `{prefix}trivia packs`에서 볼 수 있어요.",
    "pack.bad_name": "“{name}”: 팩 이름으로 쓸 수 없어요. 영문 소문자, 숫자, 하이픈으로 된 32자 이하의 한 단어로 지어 주세요(예: `{suggestion}`).",
    "pack.builtin_name": "`{name}`: 봇에 들어 있는 기본 문제의 이름이에요. 다른 이름을 골라 주세요.",
    "pack.reserved_name": "`{name}`: 팩 이름으로 쓸 수 없어요. `start` 명령어가 문제 수, 카테고리, 난이도, 방식이나 명령어로 읽기 때문이에요. 다른 이름을 골라 주세요.",
    "pack.full": "이 서버에는 이미 팩이 {most}개 있어서 더 추가할 수 없어요. 먼저 하나를 삭제해 주세요.",
    "pack.no_file": "팩의 `.yaml` 파일을 명령어 메시지에 첨부해 주세요: `{prefix}trivia pack add {name}`.",
    "pack.many_files": "파일은 팩의 `.yaml` 파일 하나만 첨부해 주세요. 지금 {count}개가 첨부돼 있어요.",
    "pack.not_yaml": "“{file}” 파일은 `.yaml`이나 `.yml` 파일이 아니에요. 팩은 YAML 파일이어야 해요.",
    "pack.too_large": "“{file}” 파일은 {size} MiB예요. 팩 파일은 {most} MiB까지만 올릴 수 있어요. 여러 팩으로 나눠 주세요.",
    "pack.download_slow": "디스코드에서 “{file}” 파일을 {seconds}초 안에 받지 못했어요. 다시 해 보세요.",
    "pack.download_failed": "디스코드에서 “{file}” 파일을 받지 못했어요({status}). 다시 해 보세요.",
    "pack.problems": "❌ `{name}` 팩을 저장하지 않았어요. 파일에 문제점이 {count}개 있어요:\n```\n{problems}\n```",
    "pack.kept": "\n`{name}` 팩은 이전 버전을 그대로 써요.",
    "pack.more_problems": "…외 {n}개",
    "pack.added": "✅ `{name}` 팩을 저장했어요: {count}문제({categories}). `{prefix}trivia start {name}` 명령어로 시작할 수 있어요.{notes}",
    "pack.replaced": "✅ `{name}` 팩을 새 버전으로 바꿨어요: {count}문제({categories}). 진행 중인 게임은 이전 문제로 끝까지 진행돼요.{notes}",
    "pack.notes": "\n참고:\n```\n{notes}\n```",
    "pack.unknown": "이 서버에는 이름이 “{name}”인 팩이 없어요. `{prefix}trivia packs`에서 확인해 보세요.",
    "pack.broken": "`{name}` 팩을 더 이상 불러올 수 없어요(문제점 {count}개). `{prefix}trivia pack get {name}` 명령어로 파일을 받아서 고친 뒤 다시 올려 주세요.",
    "pack.builtin_kept": "`{name}` 팩은 봇의 기본 문제라서 삭제할 수 없어요.",
    "pack.removed": "🗑️ `{name}` 팩을 삭제했어요({count}문제).{note}",
    "pack.removed_default": " 이 서버의 기본 팩이었기 때문에 이제 게임은 `{builtin}` 팩으로 진행돼요.",
    "pack.file": "📎 `{name}` 팩 파일이에요({count}문제). 올렸던 그대로예요.",
    "pack.no_attach": "여기서는 파일을 보낼 수 없어요. 이 채널에 **파일 첨부** 권한이 필요해요.",
    "packs.title": "📚 **이 서버의 문제 팩** ({most}개 중 {count}개)",
    "packs.row": "{mark}`{name}`{kind}: {count}문제 · {categories}",
    "packs.builtin": " (기본)",
    "packs.red": " (Red 목록)",
    "packs.more": "…외 {n}개",
    "packs.footer": "`{prefix}trivia start <팩>`으로 골라서 할 수 있어요. ⭐ 표시는 기본 팩이에요(`{prefix}trivia set pack <이름>`). 관리자는 `.yaml` 파일을 첨부해서 `{prefix}trivia pack add <이름>`으로 팩을 추가할 수 있어요.",
    "packs.choice": "{name} · {count}문제",
    "setting.pack": "pack은 `builtin`이거나 이 서버에 있는 팩의 이름이어야 해요(`/trivia packs` 참고). “{text}” 값은 안 돼요.",
    "setting.allowed.pack": "builtin 또는 이 서버의 팩",
    # Slash answers, old buttons, and erasing a member's data
    "game.started": "▶️ 이 채널에서 게임을 시작해요.",
    "buttons.gone": "이 버튼은 더 이상 작동하지 않아요. 명령어를 다시 입력해 주세요.",
    "error.permissions.reply": "여기서는 답할 수 없어요. 이 채널에 다음 권한이 필요해요: {names}.",
    "forget.ask": (
        "🗑️ 이 서버에 있는 {who} 님의 퀴즈 데이터(점수, 답과 걸린 시간, 참여한 게임, 문제 신고)를 지울까요? "
        "지우면 되돌릴 수 없어요."
    ),
    "forget.button": "지우기",
    "forget.not_yours": "요청한 멤버만 확인할 수 있어요.",
    "forget.done": "✅ 이 서버에 있던 {who} 님의 퀴즈 데이터를 지웠어요(답 {answers}개).",
    "help.forget": "`{p}trivia forget me`: 이 서버에 있는 내 데이터 지우기 · `{p}trivia forget <멤버>` (서버 관리하기 권한)",
    # Where the bot cannot read messages (TRIVIA_MESSAGE_CONTENT=0): the intro, `/trivia answer`
    "discord.intro.no_content": (
        "🩺 **{title}!** {rounds}문제, 문제마다 {seconds}초{about}. 이 채널의 메시지는 제가 "
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
    "terminal.streak_ended": "{length}연속 정답이 끊겼어요.",
    "terminal.revealed": "{how} 정답: {answer}",
    "terminal.timed_out": "시간 종료!",
    "terminal.skipped": "넘어갔어요.",
    "terminal.stopped": "멈췄어요.",
    "terminal.explanation": "알고 있었나요? {explanation}",
    "terminal.intro": "{title}: {rounds}문제, 문제마다 {seconds}초예요.\n{how} 명령어: /힌트, /넘기기, /그만, /도움말.",
    "terminal.not_quite": "아쉬워요, 다시 해 보세요.",
    "terminal.unsaved": "점수를 저장하지 못했어요: {error}",
    "terminal.idle": " ({silent}문제 연속 무응답)",
    "terminal.game_over": "게임 끝{reason}: {played}문제 중 {correct}문제 정답, {score}{total}.",
    "terminal.total": " (누적 {points})",
    "terminal.wrong_choice": "아쉽지만 틀렸어요.",
    # Terminal: a game for one player; the command line
    "terminal.how_typed": "답을 입력하고 Enter를 누르세요.",
    "terminal.how_choices": "A~D 중 하나로 답하세요.",
    "terminal.title": "퀴즈",
    "terminal.score": "{count}점",
    "terminal.score_one": "{count}점",
    "terminal.none_played": "게임 끝: 푼 문제가 없어요{total}.",
    "terminal.between_rounds": "곧 다음 문제가 나와요. 그때 답해 주세요.",
    "terminal.unknown_command": "없는 명령어예요: {typed}",
    "terminal.help": (
        "{how} 철자가 조금 틀려도 맞는 답으로 쳐요.\n"
        "빨리 맞힐수록 점수가 높아요. 처음 3분의 1 동안은 10점, 끝에는 5점까지 줄어요.\n"
        "연속으로 맞히면 최대 3점을 더 받아요.\n"
        "  /힌트     힌트 보기 (문제마다 3개까지, 하나에 2점씩 줄어요)\n"
        "  /넘기기   정답을 보고 다음 문제로 넘어가기\n"
        "  /그만     게임 끝내기 (Ctrl-C나 Ctrl-D도 돼요). 점수는 저장돼요\n"
        "  /도움말   이 도움말\n"
        "영어 명령어(/hint, /skip, /quit, /help)도 쓸 수 있어요."
    ),
    "cli.error": "오류: {message}",
    "cli.as_said": "명령줄을 읽지 못했어요: {message}",
    "cli.number": "{option}에는 숫자를 적어 주세요. 받은 값: “{text}”",
    "cli.whole_number": "{option}에는 정수를 적어 주세요. 받은 값: “{text}”",
    "cli.range": "{option}에는 {low}부터 {high}까지의 값을 적어 주세요. 받은 값: {text}",
    "cli.shards_without_count": "TRIVIA_SHARDS를 쓰려면 TRIVIA_SHARD_COUNT도 있어야 해요. 봇 전체의 샤드 수를 적어 주세요(TRIVIA_SHARDS={text}에는 이 프로세스가 맡을 샤드만 적어요)",
    "cli.shard_ids": "TRIVIA_SHARDS에는 0부터 {last}까지의 샤드 번호를 쉼표로 나눠 적어 주세요(예: 0,2 또는 0-3). 받은 값: {text}",
    "cli.shard_range_backwards": "TRIVIA_SHARDS의 범위가 거꾸로예요: “{text}”. {low}-{high}처럼 적어 주세요",
    "cli.shard_out_of_range": "TRIVIA_SHARDS에 샤드 {shard}번이 있지만, 샤드가 모두 {count}개(TRIVIA_SHARD_COUNT)라면 샤드 번호는 0부터 {last}까지예요",
    "cli.shard_twice": "TRIVIA_SHARDS에 샤드 {shard}번이 두 번 있어요. 받은 값: {text}",
    "cli.one_of": "{option}에는 {values} 중 하나를 적어 주세요. 받은 값: “{text}”",
    "cli.language": "{option}에는 en(영어)나 ko(한국어)를 적어 주세요. 받은 값: “{text}”",
    "cli.unknown_command": "없는 명령어예요: “{text}”. 명령어: {commands}",
    "cli.unknown_option": "{command}에는 {option} 옵션이 없어요. 사용법: {usage}",
    "cli.unexpected": "{command}에는 “{text}” 같은 값을 줄 수 없어요. 사용법: {usage}",
    "cli.needs_value": "{option} 뒤에 값을 적어 주세요. 사용법: {usage}",
    "cli.missing": "{command}에는 {names} 값이 필요해요. 사용법: {usage}",
    "cli.ambiguous": "{option}만으로는 {matches} 중 어느 것인지 알 수 없어요. 끝까지 적어 주세요",
    "cli.no_questions": "{what}에 맞는 문제가 없어요. 카테고리는 {prog} check 명령으로 볼 수 있어요",
    "cli.question_file": "문제 파일을 쓸 수 없어요. {problem}",
    "cli.more_problems": "{problem} (외 {more}개: {prog} check {path} 명령으로 확인하세요)",
    "cli.check_ok": "{path}: 문제 {count}개, 이상 없어요",
    "cli.check_ok_one": "{path}: 문제 {count}개, 이상 없어요",
    "cli.problems_found": "문제점을 {count}개 찾았어요.",
    "cli.problems_found_one": "문제점을 {count}개 찾았어요.",
    "cli.no_database": "{path}에 점수 데이터베이스가 없어요(TRIVIA_DB로 위치를 정할 수 있어요)",
    "cli.exists": "{path} 파일이 이미 있어요. 새 파일 이름을 정해 주세요",
    "cli.cannot_create": "{path} 폴더를 만들 수 없어요: {reason}",
    "cli.same_database": "SOURCE와 DESTINATION이 같은 데이터베이스예요",
    "cli.destination_not_empty": "{destination}: {error}. 아무것도 복사하지 않았어요. 그 데이터를 복사본으로 바꾸려면 --replace를 붙여 주세요",
    "cli.not_a_store": "{name}에는 파일 경로나 postgresql://user@host:port/dbname 형식의 URL을 적어 주세요. {scheme}://은 안 돼요",
    "cli.bad_port": "{name}: postgresql:// URL의 포트는 0부터 65535까지의 숫자여야 해요",
    "cli.no_database_name": "{name}에 데이터베이스 이름이 없어요: postgresql://user@host:port/dbname",
    "cli.backed_up": "{source}의 점수를 {target}에 백업했어요({size}바이트).",
    "cli.no_token": (
        "DISCORD_TOKEN이 설정되지 않았어요. 봇 토큰을 환경 변수나 .env 파일에 넣어 주세요"
        "(README의 'Run it on Discord' 참고). Discord 없이 하려면: {prog} play"
    ),
    "cli.blank_token": (
        "DISCORD_TOKEN이 비어 있어요. 봇 토큰을 넣어 주세요(Developer Portal의 Bot 탭, Reset Token). "
        "Discord 없이 하려면: {prog} play"
    ),
    "cli.placeholder_token": (
        "DISCORD_TOKEN이 아직 예시 값 “{token}” 그대로예요. 그 자리에 봇 토큰을 넣어 주세요"
        "(Developer Portal의 Bot 탭, Reset Token)"
    ),
    "cli.spaced_token": "DISCORD_TOKEN에 공백이 들어 있어요. 봇 토큰에는 공백이 없으니 Developer Portal의 Bot 탭에서 다시 복사해 주세요",
    "cli.token_refused": "Discord가 DISCORD_TOKEN의 토큰을 거부했어요. Developer Portal의 Bot 탭에서 확인해 주세요",
    "cli.intent": "Developer Portal의 Bot 탭에서 이 봇의 Message Content Intent를 켜 주세요. 켜지 않고 실행하려면 TRIVIA_MESSAGE_CONTENT=0으로 설정하세요",
    "cli.needs_shards": "이 봇이 들어간 서버가 많아서 Discord가 샤드를 더 요구해요(종료 코드 4011). TRIVIA_SHARD_COUNT를 늘리거나, 비워 두고 Discord가 권하는 수만큼 실행하세요",
    "cli.shard_refused": "Discord가 샤드를 거부했어요(종료 코드 4010). TRIVIA_SHARD_COUNT와 TRIVIA_SHARDS를 확인해 주세요",
    "cli.closed": "Discord가 연결을 끊었고(종료 코드 {code}) 봇이 다시 연결할 수 없어요",
    "cli.refused": "Discord가 요청을 거부했어요({status}, 코드 {code}): {text}",
    "cli.no_details": "자세한 내용 없음",
    "cli.offline": "Discord에 연결할 수 없어요({error}). 네트워크 연결을 확인해 주세요",
}
