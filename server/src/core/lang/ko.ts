import type { LanguagePack, PackText } from './types';

/*
 * Korean. Korean attaches particles to words (원인은, 원인을, 장애로), so patterns look for stems
 * and do not use word boundaries. Every pattern is bounded and linear.
 */

/** Nouns for people who use a service. */
const PEOPLE = '(?:사용자|이용자|고객|유저|회원|가입자|사람|시민|국민|개발자|운영자|판매자|셀러|파트너|학생|구독자|플레이어|여러분)';

/** What the Korean pack says to the user. */
const TEXT: PackText = {
  rules: {
    'action-item': {
      description: '열려 있는 모든 후속 조치에는 추적 링크(이슈, 티켓)가 있거나, 담당자와 기한이 있어야 합니다.',
      messages: {
        noOwner: '후속 조치에 기한은 있지만 담당자도 추적 링크도 없습니다. 사람이나 팀을 적거나("담당: @alice"), 추적하는 이슈를 링크하세요.',
        noDue: '후속 조치에 담당자는 있지만 기한도 추적 링크도 없습니다. 기한을 적거나("기한: 2024-03-01"), 추적하는 이슈를 링크하세요.',
        noDueAsap: '후속 조치의 기한 자리에 "{word}"만 있어 날짜가 없습니다. 날짜를 적거나("기한: 2024-03-01"), 추적하는 이슈를 링크하세요.',
        noOwnerNoDue: '후속 조치에 추적 링크도, 담당자도, 기한도 없습니다. 추적하는 이슈를 링크하거나, 담당자와 기한을 적으세요("담당: @alice, 기한: 2024-03-01").',
      },
    },
    'blameless-language': {
      description: '포스트모템은 탓할 사람이 아니라 시스템과 결정을 설명해야 합니다.',
      messages: {
        blaming: '"{text}"은(는) 책임을 개인에게 돌리는 표현입니다. 시스템, 절차, 도구의 어떤 점이 이를 가능하게 했는지 설명하세요.',
        blamingInstead: '"{text}"은(는) 책임을 개인에게 돌리는 표현입니다. 무엇이 이를 가능하게 했는지 설명하세요. 예: "{instead}".',
        person: '"{text}"은(는) 사람을 원인으로 지목합니다. 어떤 변경이나 조치였는지, 무엇이 그것을 피해로 이어지게 했는지 설명하세요.',
        reword: '"{instead}"(으)로 바꾸기',
      },
    },
    'duplicate-section': {
      description: '각 섹션은 한 번만 나와야 합니다.',
      messages: {
        duplicate: '"{title}" 섹션이 {line}번째 줄의 섹션과 겹칩니다. 하나로 합치세요.',
      },
    },
    'duration-mismatch': {
      description: '적힌 장애 시간이 front matter의 resolved − started(또는 적힌 시작과 끝)와 같고, 길이가 옆에 적힌 시간 범위와, 요약의 길이가 문서에 적힌 구간과 같아야 합니다.',
      messages: {
        mismatch: '장애 시간은 {stated}(으)로 적혀 있지만 started → resolved는 {computed}입니다(허용 오차 {tolerance}).',
        useComputed: '{computed}(으)로 바꾸기',
        besideRange: '"{stated}"(이)라는 길이가 옆에 적힌 시간 범위({computed})와 맞지 않습니다.',
        summaryLength: '요약에는 장애가 "{stated}" 동안 이어졌다고 적혀 있지만, {line}번째 줄은 {computed}입니다.',
        restated: '여기에는 장애가 "{stated}" 동안 이어졌다고 적혀 있지만, {line}번째 줄은 {computed}입니다.',
        labelledEnds: '장애 시간은 {stated}(으)로 적혀 있지만, 적힌 시작과 끝({line}번째 줄)으로는 {computed}입니다.',
        timelineEnds: '장애 시간은 {stated}(으)로 적혀 있지만, 타임라인에서 영향이 시작된 때({from}번째 줄)부터 끝난 때({to}번째 줄)까지는 {computed}입니다.',
      },
    },
    'empty-field': {
      description: '적혀 있는 항목에는 비어 있거나 자리표시자만 있지 않은 실제 내용이 있어야 합니다.',
      messages: {
        empty: '"{label}"이(가) 비어 있습니다. {expected}을(를) 적으세요.',
        placeholder: '"{label}"에 자리표시자("{text}")만 있습니다. {expected}(으)로 바꾸세요.',
      },
    },
    'field-conflict': {
      description: 'front matter, 섹션, 라벨 줄에 적힌 시간, 수, 서비스 목록이 서로 같아야 합니다.',
      messages: {
        conflict: '여기의 {label} 값은 {here}인데, {where}에는 {there}(으)로 적혀 있습니다.',
      },
    },
    'front-matter': {
      description: 'front matter는 올바른 YAML이고, 각 키에 허용된 값이 있어야 합니다.',
      messages: {
        yaml: 'front matter가 올바른 YAML이 아닙니다: {message}.',
        tooLong: 'front matter를 읽지 않았습니다. {lines}줄, {size} KiB로, 허용되는 {limitLines}줄 또는 {limitSize} KiB보다 깁니다(포스트모템의 front matter는 키 수십 개 정도입니다).',
        enum: '"{key}" 값 "{found}"은(는) 허용되지 않습니다. 가능한 값: {allowed}.',
        enumDidYouMean: '"{key}" 값 "{found}"은(는) 허용되지 않습니다. 가능한 값: {allowed}. "{suggestion}"을(를) 뜻했나요?',
        unknownKind: '"kind" 값 "{found}"은(는) 이 프로젝트가 아는 종류가 아닙니다({allowed}). 그중 하나를 쓰거나, .postmortemrc.json의 "kinds"에 "{found}"와 필요한 항목을 추가하세요.',
        pattern: '"{key}" 값 "{found}"이(가) 형식에 맞지 않습니다. 예상 형식: {expected}.',
        dateOnly: '"{key}"에 시각 없이 날짜만 있습니다({found}). 이 값으로는 탐지·완화·해결까지 걸린 시간을 계산하지 않습니다. 시각을 알면 덧붙이세요(예: "{found}T09:30+09:00").',
        type: '"{key}"은(는) {type}이어야 하는데 "{found}"입니다.',
        other: '"{key}" 값이 스키마에 맞지 않습니다: {message}.',
        replace: '"{value}"(으)로 바꾸기',
        unknownKey: '알 수 없는 front matter 키 "{key}": "{suggestion}"을(를) 뜻했나요? 지금은 아무것도 이 키를 읽지 않습니다.',
        renameKey: '"{value}"(으)로 이름 바꾸기',
      },
    },
    'invalid-value': {
      description: '시간, 서버 수, 서비스 목록 같은 값은 읽을 수 있는 형식이어야 합니다.',
      messages: {
        unreadable: '"{found}"을(를) {expected}(으)로 읽을 수 없습니다.',
        naReason: '"N/A"에는 이유가 필요합니다. 예: "N/A: 서버와 무관한 장애".',
        noServices: '서비스 이름이 없습니다. 서비스를 하나 이상 적으세요.',
        badTimeDigits: '"{found}"은(는) 시각이 아닙니다. 분과 초는 두 자리로 적으세요(예: "13:05:09"). 이렇게 적힌 타임라인 항목이 {count}개입니다.',
        badTimeMeridiem: '"{found}"은(는) 24시간제 시각에 AM/PM을 붙였습니다. "13:55"나 "1:55 PM"으로 적으세요. 이렇게 적힌 타임라인 항목이 {count}개입니다.',
        impossibleDate: '"{found}"은(는) 존재하지 않는 날짜입니다. 월은 01~12, 일은 그 달에 있는 날이어야 합니다(YYYY-MM-DD).',
        impossibleTime: '"{found}"은(는) 존재하지 않는 시각입니다. 시는 00~23, 분과 초는 00~59여야 합니다.',
        impossibleOffset: '"{found}"의 시간대 오프셋은 존재하지 않습니다. 오프셋은 UTC에서 14시간 이내이고 분은 00~59여야 합니다.',
        notCount: '"{key}" 값 "{found}"은(는) 수가 아닙니다. 12000이나 "4,560만" 같은 0 이상의 수를 적으세요.',
      },
    },
    'part-exceeds-whole': {
      description: '부분이 전체보다 크지 않아야 하고, 백분율이 함께 적힌 수와 맞아야 합니다.',
      messages: {
        serversExceed: '복구된 서버({part})가 전체({whole})보다 많습니다. 복구된 서버는 전체 이하여야 합니다.',
        usersExceed: '영향 받은 사용자({part})가 전체 사용자({whole})보다 많습니다. 영향 받은 사용자는 전체 이하여야 합니다.',
        percentOver: '{percent}%는 전체보다 큽니다. 100% 이하여야 합니다.',
        percentDisagrees: '{whole} 중 {part}은(는) {actual}%이지 {percent}%가 아닙니다.',
      },
    },
    'placeholder': {
      description: '코드와 주석 밖에 템플릿 자리표시자(TODO, TBD, <...>, {{...}}, ??, YYYY-MM-DD)가 남아 있지 않아야 합니다.',
      messages: {
        placeholder: '템플릿 자리표시자 "{text}"이(가) 남아 있습니다. 실제 값으로 바꾸거나 지우세요.',
      },
    },
    'required-field': {
      description: '포스트모템 종류에 필요한 항목이 문서 어딘가에 적혀 있어야 합니다.',
      messages: {
        missing: '필수 항목 "{field}"이(가) 없습니다. "{label}" 섹션이나 "{label}:" 줄, 또는 front matter 키를 추가하세요.',
        missingForKind: '"{kind}" 종류의 장애에 필요한 항목 "{field}"이(가) 없습니다("{cue}"(으)로 보아 이 종류로 판단했습니다). "{label}" 섹션이나 줄을 추가하거나, 종류가 틀렸다면 front matter에 "kind:"를 적으세요.',
        missingKey: '필수 front matter 키 "{field}"이(가) 없습니다.',
        insert: '"{label}" 섹션 추가',
      },
    },
    'timeline-order': {
      description: '타임라인 항목은 시간 순서대로, 시각은 started ≤ detected ≤ mitigated ≤ resolved 순서여야 합니다.',
      messages: {
        entryBackwards: '이 항목({time})이 앞 항목({previous}, {line}번째 줄)보다 이릅니다. 타임라인을 시간 순서대로 적으세요.',
        milestoneOrder: '"{key}"({time})가 "{earlierKey}"({earlierTime})보다 이릅니다. started ≤ detected ≤ mitigated ≤ resolved 순서여야 합니다.',
      },
    },
    'timezone': {
      description: '타임라인과 주요 시각에는 시간대가 있어야 합니다. 타임라인에 한 번 적거나 설정에 두면 됩니다.',
      messages: {
        timeline: '타임라인 시각 "{time}"에 시간대가 없습니다(시간대 없는 항목 {count}개). "타임라인 (모든 시각 KST)" 같은 제목, "시각 (KST)" 같은 표 머리글, "모든 시각은 KST 기준." 같은 줄로 한 번만 적거나, .postmortemrc.json에 "timezone"을 설정하세요.',
        milestone: '"{key}"({time})에 시간대가 없습니다. "+09:00"이나 "Z" 같은 오프셋을 붙이거나 .postmortemrc.json에 "timezone"을 설정하세요.',
        stateOnce: '시간대를 한 번 적기: "(all times {zone})"',
        addZone: '시간대 {zone} 붙이기',
      },
    },
    'unknown-service': {
      description: '영향 받은 서비스는 설정된 서비스 목록에 있는 이름이어야 합니다.',
      messages: {
        unknown: '서비스 "{name}"이(가) 서비스 목록에 없습니다. .postmortemrc.json의 "services"에 있는 이름을 쓰거나 목록에 추가하세요.',
        unknownDidYouMean: '서비스 "{name}"이(가) 서비스 목록에 없습니다. {suggestions}을(를) 뜻했나요?',
        replace: '"{value}"(으)로 바꾸기',
      },
    },
    'unreadable-document': {
      description: '문서는 검사할 수 있는 크기의 텍스트여야 합니다.',
      messages: {
        tooLarge: '검사하지 않음: 문서가 {size}자로, 한도 {limit}자("maxFileSize")를 넘습니다.',
        binary: '검사하지 않음: 문서가 Markdown 텍스트가 아닌 바이너리 데이터로 보입니다.',
        tooDeep: '검사하지 않음: 목록과 인용이 너무 깊게 중첩되어 제시간에 읽을 수 없습니다({line}번째 줄, 약 {depth}단계).',
        tooComplex: '검사하지 않음: 문서가 너무 깊게 중첩되어(또는 너무 복잡해) 읽을 수 없습니다.',
      },
    },
    'duplicate-incident': {
      description: '워크스페이스의 두 포스트모템이 같은 장애를 다루지 않아야 합니다(같은 id, 또는 같은 시작 시각과 서비스).',
      messages: {
        sameId: '다른 포스트모템도 id "{id}"를 씁니다: {other}. 장애마다 id를 따로 주거나 두 문서를 합치세요.',
        sameStart: '다른 포스트모템이 같은 시각({started})에 시작된 "{service}" 장애를 다룹니다: {other}. 같은 장애라면 두 문서를 합치세요.',
      },
    },
    'related-link': {
      description: '관련 장애와 다른 포스트모템으로의 링크는 워크스페이스에 있는 문서를 가리켜야 합니다.',
      messages: {
        missingRelated: '"related"에 "{target}"이(가) 있지만, 워크스페이스에 그 id나 경로의 포스트모템이 없습니다.',
        missingLink: '링크가 "{target}"을(를) 가리키지만, 워크스페이스에 그런 Markdown 파일이 없습니다.',
      },
    },
    'action-item-overdue': {
      description: '기한이 오늘 이전인 후속 조치는 완료되어 있어야 합니다.',
      messages: {
        overdue: '이 후속 조치의 기한은 {due}({days}일 전)였지만 완료 표시가 없습니다. 끝내거나, 완료로 표시하거나, 새 기한을 정하세요.',
        overdueRelative: '이 후속 조치의 기한은 {written}에 작성된 문서 기준 "{due}"였고 그로부터 {days}일이 지났는데, 완료 표시가 없습니다. 완료하거나, 완료로 표시하거나, 기한을 날짜로 적으세요.',
        overdueAfterDated: '이 후속 조치의 기한은 {due}({days}일 전)로 이 문서의 날짜({dated}) 이후인데, 결과가 기록되어 있지 않습니다. 후속 경과를 관리하는 곳(추가 보고, 트래커)에 결과를 남기거나 여기에 그 링크를 다세요.',
      },
    },
    'recurring-incident': {
      description: '앞선 포스트모템과 서비스와 트리거가 같은 장애는 재발로서 그 문서를 알려 줍니다.',
      messages: {
        recurs: '재발한 장애입니다: {earlier}({date})도 같은 서비스 "{service}"와 트리거 "{trigger}"였고, {days}일 전이었습니다.',
      },
    },
    'unsupported-language': {
      description: '포스트모템이 Postmortem이 읽는 언어(영어, 한국어, 일본어)로 쓰여 있어야 합니다. 그렇지 않으면 내용을 검사하지 않습니다.',
      messages: {
        notRead: '이 포스트모템은 대부분 {script} 문자로 쓰여 있어 Postmortem이 아직 읽지 못합니다({languages}만 읽습니다). 항목을 검사하지 않았습니다.',
      },
    },
  },
  fields: {
    summary: { label: '요약', description: '무슨 일이 있었는지 짧게 정리한 글입니다.' },
    cause: { label: '원인', description: '장애를 일으킨 원인과, 그 원인이 피해로 이어진 조건입니다.' },
    duration: { label: '장애 시간', description: '사용자가 영향을 받은 시간입니다. 예: `4시간 10분`, `14:50–19:00 KST`.' },
    affected_services: { label: '영향 받은 서비스', description: '장애가 나거나 저하된 서비스 목록입니다.' },
    servers_restored: { label: '복구된 서버', description: '전체 서버 중 복구된 서버 수입니다. 예: `32,000대 중 12,000대`, 해당 없으면 이유와 함께 `N/A`.' },
    user_impact: { label: '사용자 영향', description: '사용자가 겪은 일과 그 규모입니다. 예: `5,200만 명 중 4,560만 명`.' },
    timeline: { label: '타임라인', description: '시간 순서대로 정리한 경과와 그 시각(시간대 포함)입니다.' },
    detection: { label: '탐지', description: '장애를 언제 어떻게 알게 되었는지입니다.' },
    resolution: { label: '복구', description: '장애를 완화하고 해결하기 위해 한 일입니다.' },
    communication: { label: '커뮤니케이션', description: '사용자와 이해관계자에게 언제 무엇을 알렸는지입니다.' },
    lessons_learned: { label: '교훈', description: '잘된 점, 아쉬운 점, 운이 좋았던 점 등 팀이 배운 것입니다.' },
    action_items: { label: '후속 조치', description: '담당자와 기한(또는 추적 링크)이 있는 후속 작업입니다.' },
  },
  keys: {
    kind: '어떤 종류의 장애였는지(`outage`, `degradation`, `infrastructure`, `security`, `data-loss`, `near-miss` 또는 팀이 정한 종류). 필요한 항목이 이것으로 정해집니다.',
    type: '위치와 상관없이 이 파일을 postmortem으로 표시합니다: `type: postmortem`.',
    title: '장애 제목입니다.',
    date: '장애가 난 날짜(`YYYY-MM-DD`)입니다. 날짜 없이 적은 시각은 이 날짜로 읽습니다.',
    severity: '설정된 목록의 심각도 라벨입니다(기본값 SEV1(가장 심각)~SEV5).',
    status: '검토 상태: `draft`, `in-review`, `final` 중 하나입니다.',
    authors: 'postmortem 작성자 목록입니다.',
    started: '영향이 시작된 시각(오프셋을 포함한 ISO 8601)입니다. TTD, TTM, TTR은 이 시각부터 잽니다.',
    detected: '장애를 인지한 시각입니다. TTD = detected − started.',
    mitigated: '영향을 줄이거나 우회한 시각입니다. TTM = mitigated − started.',
    resolved: '장애가 끝난 시각입니다. TTR = resolved − started.',
    users_affected: '영향을 받은 사용자 수입니다.',
    users_total: '전체 사용자 수입니다(영향 비율 계산용).',
    trigger: '장애를 촉발한 계기입니다(트리거별 보고용): binary push, configuration push, dependency, capacity, hardware, power, network, security, 또는 팀이 정한 값.',
    cause_category: '근본 원인의 범주입니다. `trigger`와 같은 값을 씁니다.',
    id: '보고서와 `related`에서 쓰는 장애 ID입니다(기본값: `.md`를 뺀 파일 이름).',
    related: '관련된 장애의 ID 또는 경로 목록입니다.',
  },
  terms: {
    'expected.duration': '`4시간 10분`, `250분`, `14:50–19:00 KST` 같은 시간',
    'expected.affected_services': '서비스 이름 목록',
    'expected.servers_restored': '`32,000대 중 12,000대` 같은 복구 서버 수, 또는 이유가 있는 `N/A`',
    'expected.user_impact': '사용자가 겪은 일에 대한 설명',
    'expected.pattern': '{pattern} 형식에 맞는 값',
    'expected.zone': '"Asia/Seoul", "UTC", "KST", "+09:00" 같은 시간대',
    'count.restored': '복구 {n}',
    'count.total': '전체 {n}',
    'count.affected': '영향 {n}',
    'instead.processGap': '프로세스나 도구의 빈틈',
    'instead.noInformation': '알 수 있는 정보가 없었다',
    'instead.notAlerted': '알림을 받지 못했다',
    'instead.unintentionally': '의도치 않게',
    'list.or': ', ',
    'where.frontMatter': 'front matter("{key}")',
    'where.section': '{line}번째 줄의 섹션',
    'where.line': '{line}번째 줄',
    'where.table': '{line}번째 줄의 표',
    catalog: '서비스 목록',
    usedInOne: 'postmortem 1개에서 사용',
    usedIn: 'postmortem {count}개에서 사용',
    fixAll: '고칠 수 있는 postmortem 문제 모두 고치기',
    insertMissingSections: '빠진 섹션 추가',
    insertTimelineEntry: '타임라인 항목 추가',
    'import.alertFired': '알림 {name} 발생',
    'import.alertResolved': '알림 {name} 해소',
    'import.tagged': '{name} 태그',
    importTimeline: '타임라인 가져오기',
    'command.imported': '타임라인 항목 {count}개를 가져왔습니다.',
    'command.importNothing': '새 타임라인 항목이 없습니다. 파일에 해당 기간의 항목이 없거나 타임라인에 이미 모두 있습니다.',
    'command.importProblems': '가져오지 않았습니다: {problems}',
    today: '오늘',
    now: '지금',
    'config.withoutTeamSchema': '{message}. 팀 스키마 없이 검사합니다.',
    'config.lastValidStays': '{message}. 마지막으로 올바르던 설정이 계속 적용됩니다.',
    'command.notOpen': '문서가 편집기에 열려 있지 않습니다.',
    'command.busy': '문서를 아직 검사하는 중입니다. 잠시 후 다시 시도하세요.',
    'command.unreadable': '문서를 Markdown으로 읽을 수 없습니다.',
    'command.nothing': '모든 섹션이 이미 있습니다.',
    'command.openBlock': '문서가 닫히지 않은 코드 블록이나 HTML 블록 안에서 끝나므로, 끝에 추가한 제목은 제목이 되지 않습니다. 블록을 닫은 뒤 다시 시도하세요.',
    'command.rejected': '편집기가 변경을 적용하지 않았습니다(그 사이 문서가 바뀌었을 수 있습니다).',
    'command.inserted': '추가함: {sections}.',
  },
  phrase: (d) => d.replace(/입니다\.$/, ''),
  durationUnits: { day: '일', hour: '시간', minute: '분', join: ' ' },
  hover: {
    duration: '기간', timestamp: '시각', ratio: '비율', count: '수', about: '약 ', min: '분',
    fromRange: '시작 시각과 끝 시각으로 계산했습니다.', stated: '적힌 값', field: '항목', required: '필수', optional: '선택',
    zoneWritten: '시각과 함께 적힘', zoneTimeline: '타임라인 전체에 한 번 적힘', zoneConfig: '`timezone` 설정에서 가져옴',
    noZone: '시간대 없음: 글, 타임라인, 설정 어디에도 시간대가 없어 정확한 시점을 알 수 없습니다.',
    noDate: '날짜 없음: 글과 문서 어디에도 날짜가 없습니다.', zone: '시간대', notStated: '적히지 않음', outOfOrder: '순서가 맞지 않음',
    unreadable: '읽을 수 없음(invalid-value 참고)',
    milestone: '마일스톤', metric: '지표', value: '값', definition: '정의',
    ttd: '탐지까지 걸린 시간 = detected − started', ttm: '완화까지 걸린 시간 = mitigated − started', ttr: '해결까지 걸린 시간 = resolved − started',
  },
  preview: {
    card: '포스트모템 요약',
    severity: '심각도',
    duration: '장애 시간',
    ttd: 'TTD',
    ttdTitle: '탐지까지 걸린 시간: 탐지 − 발생',
    ttm: 'TTM',
    ttmTitle: '완화까지 걸린 시간: 완화 − 발생',
    ttr: 'TTR',
    ttrTitle: '해결까지 걸린 시간: 해결 − 발생',
    services: '영향 받은 서비스',
    servers: '복구된 서버',
    users: '영향 받은 사용자',
    timeline: '타임라인',
    notStated: '기재되지 않음',
    unreadable: '기재되었으나 읽을 수 없음',
    notApplicable: '해당 없음',
    about: '약',
    computed: '발생 → 해결 시각으로 계산',
    milestones: { started: '발생', detected: '탐지', mitigated: '완화', resolved: '해결' },
    serversOf: (r, t) => `${t}대 중 ${r}대`,
    usersOf: (a, t) => `${t}명 중 ${a}명`,
    usersCount: (a) => `${a}명`,
    serversCount: (r) => `${r}대`,
    percent: (p) => `${p}%`,
    timesIn: (z) => `${z} 기준`,
    gap: (d) => `${d} 간격 축약`,
    unplaced: '시각을 타임라인에 놓을 수 없음',
    moreServices: (n) => `외 ${n}개`,
    charWidth: 7,
  },
};

export const ko: LanguagePack = {
  id: 'ko',
  name: 'Korean',
  nativeName: '한국어',
  homeZone: { abbreviation: 'KST', iana: 'Asia/Seoul', offset: '+09:00' },
  aliases: {
    summary: ['무슨 일', '요약', '개요', '장애 요약'],
    cause: ['원인', '근본 원인', '장애 원인', '발생 원인'],
    duration: ['장애 시간', '지속 시간', '장애 지속 시간'],
    affected_services: ['영향 받은 서비스', '영향받은 서비스', '영향 서비스', '장애 서비스', '서비스 영향', '대상 서비스'],
    servers_restored: ['복구된 서버', '서버 복구', '서버 복구 현황'],
    user_impact: ['사용자 영향', '영향', '고객 영향', '이용자 영향', '손실', '손실액', '피해액', '비용 영향', '초과 금액', '초과액'],
    timeline: ['타임라인', '경과', '장애 경과', '시간대별 경과', '시간순 경과'],
    detection: ['탐지', '감지', '인지'],
    resolution: ['복구', '해결', '조치', '대응', '복구 과정'],
    communication: ['커뮤니케이션', '공지', '대외 공지', '소통'],
    lessons_learned: ['교훈', '배운 점', '잘된 점', '아쉬운 점', '개선할 점'],
    action_items: ['후속 조치', '재발 방지', '재발 방지 대책', '액션 아이템', '개선 과제', '앞으로', '앞으로 할 일'],
  },
  intents: [
    { field: 'summary', re: /요약|개요|줄거리|^무슨 ?일(?:이 ?(?:있었나|있었는지|일어났나))?[?？]?$/, score: 2 },
    { field: 'cause', re: /원인|왜 (?:발생|일어)|왜 (?:이런|그런|이) ?(?:상황|문제|장애|사고)(?:이|가)? ?(?:됐|되었|벌어졌|생겼)|왜 (?:몰랐|놓쳤|늦었|늦게)|왜 [^?\n]{0,12}못 ?(?:잡았|막았|찾았|걸렀)|왜 (?:이런 )?(?:일이 )?(?:생겼|생긴)|왜 (?:이렇게|그렇게) ?(?:됐|되었)|^왜\??$|^왜 [^ ]{1,20}(?:가|이|를|을)? ?[^ ]{0,12}(?:났나|됐나|었나|았나|였나|혔나|렸나|졌나|했나|나|까)\??$|트리거|발생 이유|장애 이유|문제 이유|기여 ?(?:요인|원인)|발생 ?요인|장애 ?요인/, score: 2 },
    // (`## 어떻게 그렇게 됐나`: how it came to be, the cause told as a story.)
    { field: 'cause', re: /^어떻게 (?:그렇게 |이렇게 )?(?:됐|되었|일어났|생겼|벌어졌)(?:나|는가|을까|는지)?\??$/, score: 2 },
    { field: 'cause', re: /^우리가 ?던진 ?질문(?:들)?$|^왜 [^?]{0,20}(?:안|못) ?(?:걸렸|잡혔|잡았|막았|막혔|발견(?:했|됐))(?:나|는가|을까)\??$|메커니즘|문제점|문제 상황|기술적 분석|분석 결과|^무엇이 (?:바뀌었나|바뀌었는가|달라졌나)\??$/, score: 1 },
    { field: 'duration', re: /^소요$|^(?:발생[ \t]?|장애[ \t]?)?기간$|^(?:장애|영향|중단|거절|다운|서비스 ?중단) ?지속$|(?:장애|중단|영향|다운|지속|소요|복구|서비스 중단|불가|불능|노출|유출|미동기화|동기화 ?중단|결측|누락|지연) ?(?:시간|기간)|다운타임|총 ?시간|얼마나 오래/, score: 3 },
    { field: 'affected_services', re: /영향 ?(?:을 )?(?:받은|받는|받았던|있는|을 준|준)? ?(?:서비스|시스템|서버|기능|컴포넌트|제품|앱|범위의 서비스)|(?:장애|대상|피해|관련) ?(?:서비스|시스템)|영향 ?서비스/, score: 3 },
    // `유출된 개인정보 항목`: in a leak, what was exposed is what was hit (as `What was exposed` in English).
    // (`영향 지역: 송파구 …(대여소 41곳)`: where a service on the ground stopped is what was hit.)
    { field: 'affected_services', re: /^(?:영향|대상) ?(?:지역|권역)$/, score: 2 },
    { field: 'affected_services', re: /(?:유출|노출)(?:된|되었던|된 것으로 확인된) ?(?:개인 ?)?(?:정보|데이터)/, score: 2 },
    // A review whose headings are questions (`무엇이 고장났나?`, `누가 알아챘나?`, `얼마나 걸렸나?`).
    { field: 'affected_services', re: /^(?:무엇|뭐)(?:이|가)? ?(?:고장(?:이 ?)?났|멈췄|망가졌|죽었|안 ?됐|영향(?:을)? ?받았)/, score: 2 },
    { field: 'detection', re: /^(?:누가|어떻게|언제) ?(?:처음 ?)?(?:알아챘|알았|발견했|눈치챘|감지했)/, score: 2 },
    { field: 'duration', re: /^얼마나 ?(?:오래 ?)?(?:걸렸|지속됐|계속됐|멈췄|멈춰 ?있었|끊겼|갔)/, score: 3 },
    { field: 'user_impact', re: /^얼마나 ?(?:많은|큰|심각)|^(?:누가|누구에게|어떤 ?(?:사용자|고객)(?:이|가|에게)?) ?(?:피해|영향)|^(?:무엇|뭐)을 ?잃었/, score: 3 },
    { field: 'resolution', re: /^어떻게 ?(?:고쳤|복구했|해결했|막았|멈췄|수습했)/, score: 2 },
    { field: 'communication', re: /^(?:고객|사용자|이용자)(?:에게|께)(?:는)? ?(?:뭘|무엇을|어떻게)/, score: 2 },
    { field: 'lessons_learned', re: /^잘(?:한|된) ?(?:것|건|일)|^아쉬(?:운|웠던) ?(?:것|건|일)/, score: 3 },
    { field: 'action_items', re: /^(?:무엇|뭐)을 ?(?:바꾸|고치|개선하|할 ?것|하(?:나|겠|기로))/, score: 3 },
    { field: 'servers_restored', re: /(?:서버|호스트|노드|장비) ?(?:복구|재가동|정상화)|복구(?:된|한) ?(?:서버|호스트|노드|장비)/, score: 3 },
    { field: 'user_impact', re: /(?:사용자|이용자|고객|유저|회원|서비스) ?(?:영향|피해|불편)|(?:사용자|이용자|고객|유저)(?:들)?(?:에게|가|이) ?(?:보인|본|겪은) ?(?:것|모습|화면)|피해 ?(?:규모|범위|현황|내역)|영향 ?(?:범위|규모|도)|(?:노출|유출) ?(?:범위|현황|내역|규모)|(?:포함|노출|유출)(?:된|한)? ?개인 ?정보(?: ?항목)?$|(?:노출|유출)(?:된)? ?항목/, score: 3 },
    { field: 'user_impact', re: /영향|피해|증상/, score: 2 },
    { field: 'timeline', re: /타임 ?라인|경과|시간 ?순|시간대별|일지|진행 상황|발생 순서/, score: 3 },
    { field: 'detection', re: /탐지|감지|인지|발견 ?(?:경로|과정|시점)?/, score: 2 },
    { field: 'resolution', re: /복구|해결|조치|대응|완화|처리 ?(?:과정|내용)/, score: 2 },
    { field: 'communication', re: /공지|커뮤니케이션|소통|안내/, score: 2 },
    { field: 'lessons_learned', re: /교훈|배운 ?(?:점|것)|잘된 ?점|잘한 ?점|아쉬운 ?점|개선할 ?점|회고|느낀 ?점|정리하며|시사점|(?:무엇이|뭐가) ?잘못(?:되었|됐)|할 ?수 ?있었던/, score: 3 },
    { field: 'action_items', re: /후속 ?(?:조치|작업|과제)|^액션$|^앞으로(?:의)?(?: ?(?:할 ?일|계획|조치|과제))?$|^할 ?것$|조치 ?(?:항목|계획)|재발 ?방지|액션 ?아이템|개선 ?(?:과제|사항|계획|방안)|향후 ?(?:계획|조치|과제)|대책|할 ?일|남은 ?(?:일|작업|과제)|권장 ?(?:사항|적용)/, score: 3 },
  ],
  cues: {
    cause: [/원인/, /때문/, /(?:으로|로) 인(?:해|한|하여)/, /탓/, /기인/, /유발/, /촉발/, /트리거/, /계기/],
    incident: /장애|잘못[ \t]?(?:서빙|배포|표시|발송|전송|적용|계산|지급|배정)|급증|폭증|뛰었|느려|까지 ?(?:늘었|늘어났|증가했|치솟)|문제 기간|누락|수 없었|중단|먹통|다운|오류|에러|실패|지연|불가|접속 ?(?:불가|장애)|영향|복구|정상화|멈[춤췄춰추]|죽었|끊[김겼]|마비|하지 ?못|되지 ?않았|못했|못 ?한(?=[ \t])|이어졌|지속(?:됐|되었|되)/,
    windowLabel: /^(?:일시|기간|(?:장애|영향|발생|중단)[ \t]?(?:일시|기간|시간대))$/,
    timelineDown: /장애[ \t]?발생|서비스[ \t]?(?:중단|불가)[ \t]?(?:시작|발생)|접속[ \t]?불가[ \t]?(?:시작|발생)/,
    timelineBack: /(?:서비스|전체|정상)?[ \t]?복구[ \t]?완료|서비스[ \t]?(?:정상화|재개)|정상[ \t]?(?:복구|화)[ \t]?(?:완료|확인)|장애[ \t]?(?:해소|종료)/,
    noDowntime: /(?:서비스|사이트|시스템|앱)[ \t]?(?:중단|다운|장애|정지)(?:(?:이나|나|와|과|및)[ \t][^.\n]{1,16}?(?:은|는|도)|은|는|도)?[ \t]?(?:전혀[ \t])?(?:없었|없음|없다|없습니다|발생하지[ \t]?않았)|다운타임(?:은|는|도)?[ \t]?(?:없었|없음|없다|없습니다)/,
    vagueLength: /(?:몇|수|여러)[ \t]?(?:시간|분|일|주)|\d{1,3}[ \t]?[~〜-][ \t]?\d{1,3}[ \t]?(?:시간|분|일)/,
    lengthBefore: ['총', '합계', '전체', '문제 기간은', '영향 기간은', '장애 기간은', '누락 기간은', '장애 시간은', '장애 시간이', '장애시간은', '소요 시간은', '소요 시간이', '소요시간은', '다운타임은', '다운타임이', '중단 시간은', '중단 시간이'],
    approximately: ['약', '대략', '거의'],
    lengthAfter: /^[ \t]{0,2}(?:동안|구간|간|가량 ?동안|정도 ?동안|넘게|이상 ?(?:지속|중단|장애)|만에 ?(?:복구|정상화|해결)|에 ?걸쳐|(?:의 )?(?:장애|중단|다운|지연|먹통)|(?:이|가)? ?(?:걸렸|소요|지속))/,
    rangeWindowAfter: /^[ \t]?사이(?:에)?(?![가-힣])/,
    lengthAfterAlone: /^[ \t]{0,2}(?:늦게|늦어|지연되|더 길어|길어져|연장되)/,
    notLengthAfter: /^[ \t]{0,2}(?:후|뒤|전|마다|이내|내에|만에|째)/,
    notLengthBefore: /(?:마다|매|주기|간격|타임아웃|timeout|ttl|이내|후에?|전에?)[ \t]{0,2}$/i,
    services: [
      /(?<![\p{L}\p{N}._-])[A-Za-z][\w.-]{1,30}(?:이|가|은|는|의|에서|에)? ?(?:전체 ?)?(?:장애|중단|먹통|다운|마비|접속 ?(?:불가|장애|오류)|이용 ?불가|오류|에러|지연)/u,
      /(?:서비스|시스템|기능|사이트|앱|서버|API|결제|로그인|메신저)(?:이|가|은|는)? ?(?:중단|멈|다운|먹통|마비|장애|실패|불가)/,
      // `WebSocket 게이트웨이 노드가 교체되면서 응시자 세션이 대량으로 끊겼다`: a part of the system replaced or down, and the sessions it carried cut.
      { first: /게이트웨이|서버|노드|클러스터|세션/g, then: /교체되면서|재시작되면서|다운되|죽으면서|끊겼|끊김|끊어졌/, within: 30 },
      // `구매 포인트 적립 배치가 실행되지 않아`: a job that did not run.
      /(?:배치|스케줄러|작업|잡)(?:이|가)?[ \t]?(?:실행되지[ \t]?않|돌지[ \t]?않|미실행)/,
      // `결제 승인 API(payment-gateway)의 5xx 응답 비율이`, `투표 앱이 약 25분간 먹통`: a thing, then what failed in it.
      // (`키오스크 앱 3.x 버전이 API 연결을 거부했다`, `키오스크 143대가 … 오프라인이었다`.)
      { first: /API|서버|DB|데이터베이스|배치|앱|웹앱|사이트|서비스|키오스크|단말/g, then: /5xx|5\d\d|에러|오류|타임아웃|만료|먹통|중단|다운|마비|뻗|연결을[ \t]?거부|오프라인/, within: 30 },
      // A notice that names its product in the greeting (`에테르 크로니클 운영팀입니다`, `카카오톡을 이용해 주시는`): that product is what it is about.
      /(?<=[가-힣A-Za-z0-9])[ \t]?운영팀입니다/,
      /(?<=[가-힣A-Za-z0-9]{2})[을를][ \t]?이용해[ \t]?주시는/,
      // `주문, 결제 같은 서비스는 한 번도 멈추지 않았다`: a money or data incident where no service stopped.
      /서비스(?:는|가|도)?[ \t](?:한[ \t]번도[ \t])?(?:멈추지|중단되지|끊기지)[ \t]?않았/,
      // `대전 외 다른 도시는 영향이 없었습니다`: what was not hit, which bounds what was.
      /(?:은|는|도)[ \t]?영향(?:이|은)?[ \t]?(?:없었|없음|없습니다|없다)/,
      // `검색 자동완성에 타 사용자의 최근 검색어 노출`, `… 목록에 다른 사용자의 주문이 보였습니다`: what showed another's data.
      { first: /자동완성|검색창|목록|화면|페이지|앱|알림|피드/g, then: /^[ \t]?(?:에|에서)[ \t]?(?:[^.\n]{0,30}?)(?:타[ \t]?사용자|다른[ \t]?(?:사용자|고객|회원))/, within: 0 },
      // `서비스 자체는 정상 동작했고`: the service itself kept working.
      /서비스[ \t]?자체(?:는|가)[ \t]?(?:[^.\n정]{1,20})?정상[ \t]?(?:동작|작동|운영)/,
      // `영향 범위: DW의 fact_orders 테이블과 일간 매출 대시보드`: the scope of the impact, named as systems.
      /영향[ \t]?범위[*_ \t]{0,3}[:：][^\n:：]{0,80}?(?:대시보드|리포트|보고서|테이블|서비스|시스템|API|앱|서버|DB|데이터베이스|배치|페이지|사이트|클러스터)/,
      // `지도 타일이 뜨지 않았다`, `이미지가 표시되지 않았다`: what people look at that did not show.
      /(?:타일|이미지|사진|화면|페이지|목록|지도|버튼|메뉴)(?:이|가)?[ \t]?(?:뜨지|표시되지|보이지|나오지|열리지)[ \t]?않/,
      // `썸네일 생성 지연`, `검색 응답이 느려지고`, `검색 결과 품질 저하`: work a system does, and that it was slow, failed or got worse.
      /(?:생성|처리|응답|조회|검색|업로드|다운로드|동기화|발급|승인|로딩)[ \t]?(?:이|가)?[ \t]?(?:지연(?![ \t]?시간)|느려|실패|중단)|(?:품질|성능)[ \t]?(?:이|가)?[ \t]?(?:저하|떨어)/,
      // `캠페인 푸시 중복 발송`, `알림톡 발송 지연`: messages a system sends, and what went wrong in sending them.
      /(?:푸시|알림톡|알림|메일|문자|SMS|메시지)[ \t]?(?:중복[ \t]?발송|발송[ \t]?(?:지연|실패|누락|중단)|미발송)/,
      // `전 서버 접속이 불가능했습니다`: nobody could reach the servers of the product the notice is about.
      /(?:전[ \t]?)?서버[ \t]?(?:접속|접근|로그인)(?:이|가)?[ \t]?(?:불가|장애|실패|안[ \t]?되|되지[ \t]?않)/,
      // `거래소 등록·취소를 일시 중단했습니다`, `전 서버 긴급 점검`: a function stopped or taken down for emergency maintenance.
      /(?:거래소|상점|기능|예약|결제|접속|로그인|매칭|주문)[ \t]?[^.\n을를]{0,10}[을를][ \t]?(?:일시[ \t]?)?(?:중단|차단|비활성화)|긴급[ \t]?점검/,
      // `영향 받은 작업: daily_sales_agg …`: the jobs or systems hit, labelled as such.
      /영향[ \t]?(?:을[ \t])?받은[ \t]?(?:작업|잡|배치|서비스|시스템|기능|방송|채널|피드|프로그램|앱|사이트)/,
      // `실서비스 영향은 없었다`: no service was hit, said plainly.
      /(?:실서비스|운영[ \t]?서비스|서비스)(?:[ \t]?영향|에[ \t]대한[ \t]영향)[은는이가]?[ \t]?(?:없었|없음|없다|없습니다)/,
    ],
    titleFailure: /뻗[은었]|(?:타[ \t]?사용자|다른[ \t]?(?:사용자|고객|회원))의[ \t]?[^\n]{0,20}?노출|스플릿[ \t]?브레인|손상|오발송|잘못[ \t]?발송|미(?:발송|수신|전송|발급|반영)|중복[ \t]?(?:실행|발송|결제|지급|청구)|이중[ \t]?(?:지급|결제|청구|발송|적립)|응답[ \t]?없음|강제[ \t]?종료|크래시|안[ \t]?(?:됨|뜸|열림)|장애|중단|먹통|다운|마비|오류|에러|지연|실패|불가|누수|고갈|소진|데드락|교착|화재|정전|유출|해킹|사고|이슈|문제|버그|중지|멈춤|죽음|OOM|타임아웃|유실|소실|누락|손실/i,
    servers: [
      { first: /서버|호스트|노드|장비|인스턴스/g, then: /복구|재가동|재기동|정상화|재시작|교체|살아/, within: 60 },
      { first: /(?<![\d,.])\d[\d,.]{0,15}(?:만|천)? ?대/g, then: /복구|재가동|정상화/, within: 40 },
    ],
    serversAfterLoss: [{ first: /(?:새|신규|대체) ?(?:서버|노드|장비)/g, then: /투입|추가|가동|기동/, within: 30 }],
    people: /^[ \t]{0,2}(?:명|사람|(?:의 )?(?:사용자|이용자|고객|가입자|회원|유저))/,
    loadBefore: /(?:동시[ \t]?접속|최대[ \t]?접속|동시[ \t]?사용|동시[ \t]?요청)/,
    wholeAfter: /^[ \t]?(?:명[ \t]?)?중(?![가-힣])/,
    partBefore: /[가-힣]{1,10}[ \t]?중[ \t]?[가-힣]{1,6}[ \t]?$/,
    impact: [
      // `초과분 1,232만 원`, `실손은 약 920만 원`, `추정 비용 **약 6,490만 원**`: in a cost case, the money over what it should have cost.
      /(?:초과(?:분|액)|실손|손실액|(?:추가|추정)[ \t]?비용)(?:은|는|이|가)?[ \t*]{0,4}(?:약[ \t]?)?\d[\d,.]*[ \t]?(?:만|억)?[ \t]?원/,
      // `검색 요청의 약 9%는 게이트웨이 타임아웃(3초)에 걸려`: a share of what people asked for, and that it failed.
      { first: /(?:요청|주문|결제|검색|로그인|접속)(?:의)?[ \t]?(?:약[ \t]?)?\d[\d.,]{0,8}[ \t]?%/g, then: /타임아웃|실패|오류|에러|못했/, within: 40 },
      { first: new RegExp(PEOPLE, 'g'), then: /못|없[었다는게]|불가|실패|오류|에러|영향|피해|불편|지연|장애|중단|끊|튕|안 ?되|안 ?됐|안 ?뜨|대기|기다/, within: 60 },
      // `주문 3,412건에 중복 할인이 들어갔고`, `결제 1,240건이 두 번 청구되었다`: what people bought or paid, counted, and what went wrong with it.
      { first: /(?:주문|결제|예약|거래|구매|환불|송금)[ \t]?(?:약[ \t]?)?\d[\d,]*[ \t]?(?:만[ \t]?)?건(?:에|이|가|은|는|의|에서)?[ \t]/g, then: /중복|이중|과다|과할인|실패|오류|에러|취소|누락|지연|잘못|원가[ \t]?이하|두[ \t]?번/, within: 25 },
      /(?:접속|이용|사용|로그인|결제|송금|전송|조회|주문|가입|재생|실행)(?:이|가|을|를|은|는)? ?(?:할 수 없|하지 못|불가|안 ?되|안 ?됐|실패|되지 않|못)/,
      /(?:서비스|기능|앱|사이트|화면|메신저|확장|UI)(?:이|가|은|는|이 모두|가 모두)? ?(?:전체 ?)?(?:중단|멈[춤췄]|다운|먹통|마비|죽었|장애|뜨지 않|안 ?뜨|동작하지 않|작동하지 않)/,
      /(?:영향|피해)(?:은|는|이|가)? ?(?:없었|없음|없다|미미|제한적|크지 않)/,
      // `시민 민원 412건`, `문의 58건`: complaints counted.
      /(?:민원|문의|항의|불만)[ \t]?(?:접수[ \t]?)?\d[\d,]*[ \t]?건/,
      // `초과 약 **₩921만**`: in a cost case, the money over the budget is what it cost.
      /초과(?:분|액|금액)?[ \t]?(?:약[ \t]?)?(?:\*\*)?[₩$€¥][ \t]?\d/,
      // `업무 영향은, 타일 API 응답 시간이 …`: the impact, named as the topic of its sentence.
      /(?:업무|고객|사용자|이용자|서비스)[ \t]?영향은[,，][ \t]/,
      // `청취자 개인정보 접근 없음`, `광고 캠페인 목록 48건 조회됨`: in a leak, whose data was reached, said as none or as a count.
      /(?:개인 ?정보|고객 ?(?:정보|데이터)|회원 ?정보)(?:에 대한)?[ \t]?(?:접근|유출|노출|열람|조회)(?:은|는|이|가)?[ \t]?(?:없|확인되지[ \t]?않)|\d[\d,]{0,9}[ \t]?(?:건|명)(?:이|가)?[ \t]?(?:조회|유출|노출|열람)(?:됨|되었|됐)/,
      // `상품 이미지가 늦게 뜨거나 회색 자리표시로 보였다`.
      /늦게[ \t]?(?:뜨|떴|보이|보였|열리|열렸|도착|왔)/,
    ],
    ongoing: /[~〜-][ \t]*(?:현재 ?)?진행 ?중|아직 (?:해결|복구)되지|현재 ?진행 ?중|미해결/,
    endEntry: /복구|정상화|정상 ?(?:동작|운영|작동)|해결|종료|완료|재개|안정화/,
    startEntry: /발생|시작|장애|알람|알림|감지|인지|오류|에러|다운|중단|먹통|신고|문의|급증/,
    // The whole label: `복구 작업 시작` starts the repair, not the incident.
    milestoneLabels: [
      ['started', /^(?:장애[ \t]?)?(?:발생|시작)(?:됨|함)?$/],
      ['detected', /^(?:최초[ \t]?)?(?:탐지|감지|인지)(?:됨|함)?$/],
      ['mitigated', /^(?:완화|임시[ \t]?조치)(?:됨|함|[ \t]?완료)?$/],
      ['resolved', /^(?:해결|복구[ \t]?완료|정상화)(?:됨|함)?$/],
    ],
    windowStart: /^(?:발생(?:[ \t]?(?:일시|시각))?|장애[ \t]?(?:발생|시작)(?:[ \t]?(?:일시|시각))?|영향[ \t]?시작(?:[ \t]?(?:일시|시각))?)$/,
    // (`| 종료 일시 | 2024-05-19(일) 02:58 KST |`: an end with its word for the date and time.)
    windowEnd: /^(?:(?:해결|종료|정상화|장애[ \t]?종료|영향[ \t]?종료)(?:[ \t]?(?:일시|시각))?|복구(?:[ \t]?(?:완료|일시|시각))?)$/,
    recoveredAt: /^[ \t]?(?:경)?에[^.\n]{0,30}?(?:복구|회복|정상화|해소|돌아왔|돌아옴)/,
  },
  tables: {
    serviceHeader: /^(?:영향 ?받은 ?)?(?:서비스|시스템|기능|컴포넌트|구성 ?요소|제품|앱|플랫폼)(?: ?명| ?이름)?$|^(?:영향 ?)?대상(?: ?(?:범위|서비스|시스템))?$/,
    unaffected: /^(?:영향 ?없|정상|이상 ?없|문제 ?없|해당 ?없)/,
  },
  hostsDown: { first: /서버|노드|호스트|장비/g, then: /다운|장애|고장|중단|죽|응답 ?없/, within: 30 },
  declaredKinds: [
    ['near-miss', /니어 ?미스|준사고|아차 ?사고/],
    ['security', /보안|개인정보|유출|침해|취약점/],
    ['data-loss', /데이터 ?(?:유실|손실|소실|손상|정합성|불일치)/],
    ['cost', /비용|요금|과금/],
    ['infrastructure', /인프라|데이터 ?센터|IDC|정전|화재/],
    ['degradation', /성능 ?저하|지연|품질 ?저하/],
    ['outage', /장애|중단|불통|다운/],
  ],
  kinds: [
    ['security', /보안 ?(?:사고|사건|취약점|이슈)|취약점|(?:키|시크릿|비밀 ?키|토큰|자격 ?증명|비밀번호|패스워드) ?노출|무단 ?조회|부정 ?조회|업무 ?외 ?(?:고객)?(?:정보 ?)?조회|권한 ?(?:오남용|남용|악용)|해킹|유출|침해|악성|공격|피싱|무단 ?접근|탈취|개인정보[ \t]?(?:오발송|오배송|오송부|잘못[ \t]?(?:발송|전송|표시))/],
    ['data-loss', /데이터 ?(?:유실|손실|삭제|손상|소실|정합성)|(?:중복|이중) ?(?:결제|지급|환불|정산|출금|계산|적립)|과지급|(?:유실|손실|삭제)된 데이터|실제보다 ?(?:많이|적게|많은|적은|높게|낮게) ?(?:원천징수|징수|청구|결제|지급|정산|공제|차감)|(?:과다|과소|잘못) ?(?:청구|징수|원천징수|정산|지급|공제)|(?:급여|세액|정산|청구) ?(?:정확성|오계산)|청구서 ?(?:오발행|오발송|잘못 발행)|오청구|첨부 ?(?:파일)?(?:이|가)? ?(?:누락|유실|소실)/],
    ['infrastructure', /(?:데이터 ?센터|IDC)(?:의)? ?(?:화재|정전|장애|전원|냉각|침수)|화재|정전(?![ \t]?(?:지도|정보|안내|현황|신고|알림))|전원 ?(?:공급|장애|차단)|(?:서버|노드|호스트|장비) ?(?:소실|전소)/i],
    ['cost', /비용[ \t]?(?:건|사고)(?:이라|으로|입니다|이다)|추정[ \t]?비용[ \t*]{0,4}(?:약[ \t]?)?\d[\d,.]*[ \t]?(?:만|억)?[ \t]?원|(?:GPU|노드|인스턴스|서버|클러스터)[^.\n]{0,12}방치|(?:비용|요금|과금|청구(?:액)?)(?:이|가)?[ \t]?(?:약[ \t]?)?\d(?:\.\d)?[ \t]?배|(?:비용|요금|과금|청구(?:액)?)(?:이|가)?[ \t]?(?:[^.\n]{0,20}?)(?:급증|폭증|초과|급등|치솟)|요금[ \t]?폭탄|예상치 못한 (?:비용|과금|청구)/],
    ['degradation', /성능 ?저하|서비스 ?(?:품질 ?)?저하|응답 ?(?:지연|속도 ?저하)|지연 ?(?:발생|증가)|간헐적 ?(?:오류|장애|실패|지연)|일부 ?(?:기능|서비스|사용자)(?:에서|의|가|만)? ?(?:장애|오류|지연|불안정)|느려/],
    ['near-miss', /니어 ?미스|사용자 영향 ?(?:은 )?없|고객 영향 ?(?:은 )?없/],
  ],
  durations: {
    units: /[ \t]?(시간|분(?!기)|초(?!과|기|반)|주일|주|일(?!자|차|째))/y,
    unitKeys: { 시간: 'h', 분: 'm', 초: 's', 주일: 'w', 주: 'w', 일: 'd' },
    half: /[ \t]?반(?=$|[^가-힣]|동안|간|만에|이|의|가|을|를|에|정도|가량|쯤)/y,
    hourWords: { re: /(한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)[ \t]?시간/y, values: { 한: 1, 두: 2, 세: 3, 네: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9, 열: 10 } },
    approxBefore: /(?:^|[^가-힣])(약|대략|대략적으로|거의|어림잡아|최소|최대)[ \t]{0,2}$/,
  },
  counts: {
    percent: '퍼센트|프로(?![가-힣])',
    smallUnits: { 천: 1000, 백: 100, 십: 10 },
    bigUnits: { 조: 1e12, 억: 1e8, 만: 1e4 },
    counters: ['명', '대', '개', '건', '곳', '회', '가구', '세대', '계정', '개사', '사', '통', '장'],
    particles: ['이', '가', '을', '를', '은', '는', '의', '와', '과', '도', '에', '로', '으로', '씩', '여', '쯤', '정도', '가량', '이상', '이하', '미만', '남짓'],
    all: ['모두', '전부'],
    approx: ['약', '대략'],
    among: ['중', '중에', '중에서', '가운데', '가운데서'],
    word: '[가-힣]{1,8}',
  },
  calendar: {
    monthFirst: true,
    year: /년/,
    month: /월/,
    // (`6월 29일분 정산`: the 29th's share, what a batch settles; not the day it ran.)
    day: /일(?!분)/,
    weekday: /[(（][월화수목금토일](?:요일)?[)）]|[월화수목금토일]요일/,
    hour: /시(?!간)/,
    minute: /분(?!기)/,
    second: /초/,
    half: /반(?=$|[^가-힣]|에|부터|까지|경|쯤|께)/,
    am: ['오전', '새벽', '아침'],
    pm: ['오후', '저녁', '낮'],
    zones: [{ words: /[(（]?한국[ \t]?(?:표준[ \t]?)?시간?[)）]?/, abbreviation: 'KST' }],
  },
  notApplicable: /해당 ?(?:없음|사항 ?없음)/,
  deadlineAfter: ['까지'],
  rangeFrom: ['부터', '에서'],
  // (`귀사 고객 알림에 불편을 드린 점`: a letter to a client company.)
  notice: { apology: /사과(?:드립니다|드리며|의[ \t]말씀)|불편을[ \t]드려/, addressee: /고객(?:님|[ \t]?여러분|께|에게)|여러분(?:께|에게)|이용해[ \t]?주시는|귀사|귀하/, internal: /사내|내부[ \t]?(?:공유|보고|용)/, separately: /별도(?:로)?[ \t]?(?:사과|안내|공지)/ },
  immediately: /즉시(?:[ \t]?(?:시행|적용|반영))?/,
  summaryMark: /[(（](?:요약|요점|핵심|개요)[)）]|요약본/,
  blameTurnedDown: {
    reframed: /^[ \t]?(?:보지[ \t]?않|보기[ \t]?보다|보다는|라기[ \t]?보다|이라기보다|이[ \t]?아니라|가[ \t]?아니라)|수[ \t]?있(?:었던|는|던)[ \t](?:구조|시스템|설계|환경|프로세스|체계)|(?:구조|시스템|설계|프로세스|체계)(?:가|이)[ \t](?:더[ \t]큰[ \t]|진짜[ \t]|근본적인[ \t])?문제/,
    ratherThan: /^[^.\n]{0,10}(?:라기보다|이라기보다|가 아니라|이 아니라)/,
  },
  snapshot: {
    to: /^(?:받는[ \t]?사람|수신(?:자|처)?)$/,
    subject: /^(?:제목|건명)$/,
    posted: /^(?:게시|발행)(?:일|됨|[ \t:：])/,
    reportDate: /^(?:제출[ \t]?일(?:자|시)?|보고서[ \t]?제출일)$/,
  },
  blamePhrases: [
    { re: /인적[ \t]?(?:오류|실수|과실)/g, instead: 'instead.processGap' },
    { re: /부주의(?:로|하게|한)?/g },
    // Not a step's or a tool's `실수로` (`배포 대상 선택 과정의 실수로`): that places the slip in the process.
    // Nor a passive or intransitive one (`정책이 실수로 비활성화된 뒤`, `폴더 조건이 실수로 빠졌습니다`): it names nobody.
    // Nor a kind of event named in general (`실수로 인한 삭제는 복제본에도 반영된다`): no one's slip.
    { re: /(?<!(?:과정|절차|단계|설정|시스템|도구|프로세스|스크립트|자동화|회사|당사|저희|우리)의?[ \t]?)실수로(?![ \t]?[가-힣]{0,8}(?:된|되었|됐|되어|돼|빠졌|빠져|누락|사라졌|바뀌었|바뀌어|지워졌|지워져|꺼졌)|[ \t]?인한[ \t]?(?:삭제|변경|손상|오류|장애)(?:는|나|도|와|및)|[^.\n]{0,24}(?:것을[ \t]?(?:막|방지)|않도록|없도록|막으려|막기[ \t]?위))/g, instead: 'instead.unintentionally' },
    // `설정 잘못으로` (a wrong setting) is about the system; someone's `잘못으로` is blame.
    { re: /(?:담당자|개발자|운영자|작업자|직원|관리자|엔지니어|사람|누군가|본인)의?[ \t]?잘못으로/g },
    // Not a job title that contains it (`개인정보보호책임자`).
    // Not a role named by its work (`작업 책임자 판단으로 롤백 결정`, `훈련 책임자가 훈련 전체를 중단`, `개인정보보호 책임자에게 보고`), nor
    // the one something is reported to (`책임자에게 보고하고`).
    { re: /(?<![가-힣]|(?:대응|작업|현장|운영|서비스|개발|기술|보안|프로젝트|장애|변경|배포|보호|품질|안전|관리|야간|주간|당직|근무|교대|센터|고객센터|상황실|훈련|점검|시험|테스트|이행|전환)[ \t])책임자(?![ \t]?[(（:：|]|에게|께)/g },
    // `박준형 님이 … 빠뜨린`: a colleague, by name, who forgot or skipped.
    // Not a title (`교수님께서 … 적용하지 않기로 하셨고`: a decision, by a professor).
    // (A sentence wrapped over lines is read on: a line break, but not a blank line, a list item or a heading.)
    { re: /(?<![가-힣])(?!(?:교수|선생|팀장|부장|과장|차장|대표|사장|원장|실장|고객|회원)님)[가-힣]{1,4}[ \t]?(?:님|주무관)(?:이|께서)[ \t](?:[^.\n님]|\n(?![ \t]*(?:\n|[-*+#>|]|\d{1,9}[.)]))){0,40}(?:빠뜨|잊어|잊고|누락했|건너뛰|하지[ \t]?않(?!기로)|잘못[ \t]?(?:바꿔|바꾼|바꿨|변경|설정|입력|배포|수정|넣)|(?:검증|확인|테스트|검토|리뷰|승인)[ \t]?(?:없이|하지[ \t]?않고))/g },
    // `남기현 선임이 … 검토하지 않고`: a colleague by name and job title who skipped a check (a pattern of
    // its own: one with the titles above took recheck too long to prove safe).
    { re: /(?<![가-힣])[가-힣]{2,4}[ \t](?:선임|책임|수석|주임|대리|매니저)(?:이|가|께서)[ \t][^.\n]{0,40}?(?:검증|확인|테스트|검토|리뷰)(?:[ \t]?(?:회의|절차|과정))?[을를]?[ \t]?(?:없이|하지[ \t]?않고|거치지[ \t]?않고|받지[ \t]?않고)/g },
    // `최민호 님의 확인 부족으로 인한`: a colleague's lack of care, by name, as the cause.
    { re: /(?<![가-힣])(?!(?:교수|선생|팀장|부장|과장|차장|대표|사장|원장|실장|고객|회원)님)[가-힣]{2,4}[ \t]?님의[ \t](?:(?:확인|검토|주의|관리|점검)[ \t]?(?:부족|소홀|미흡|누락)|실수|부주의)/g },
    // `박도윤 님이 … 밀어 넣은 것이 원인이다`: a colleague, by name, as the cause.
    { re: /(?<![가-힣])[가-힣]{2,4}[ \t]?(?:님|선임|책임|수석|주임|대리|매니저)(?:이|께서)[ \t][^.\n원님]{0,60}원인(?:이다|입니다|이었다|이었습니다)/g },
    // `김태윤 님이 … ALTER를 직접 실행했기 때문에 발생했습니다`: what a colleague, by name, did, given as why it happened.
    { re: /(?<![가-힣])(?!(?:교수|선생|팀장|부장|과장|차장|대표|사장|원장|실장|고객|회원)님)[가-힣]{2,4}[ \t]?님(?:이|께서)[ \t][^.\n님]{0,80}(?:때문에|탓에|바람에)[ \t]?(?:발생|일어|생겼|벌어)/g },
    // `최민재 주임이 … 알리지 않고 배포를 진행했기 때문에 발생했다`: the same, a colleague by name and job title (not `책임`: `설계 책임이 … 때문에` is a responsibility).
    { re: /(?<![가-힣])[가-힣]{2,4}[ \t](?:선임|수석|주임|대리|매니저|과장|차장|사원)(?:이|가|께서)[ \t]/g, then: /^[^.\n때탓]{0,60}(?:때문|탓)에[ \t]?(?:발생|일어|생겼|벌어)/ },
    // `운영 담당 최정우 주무관이 … 폭설 모드를 켜지 않아서 생긴 것이다`: what a colleague, by name and title, did not do, as why it happened.
    // (`모바일팀 김민재 님이 … 먼저 폐기하는 실수를 해서 발생했습니다`: or a mistake of theirs.)
    { re: /(?<![가-힣])[가-힣]{2,4}[ \t]?(?:님|주무관|선임|수석|주임|대리|매니저|과장|차장|사원)(?:이|가|께서)[ \t]/g, then: /^[^.\n]{0,60}(?:지[ \t]?않아서|실수(?:를[ \t]?(?:해서|하여|한[ \t]?탓에)|로))[ \t]?(?:생긴|생겼|발생|일어|벌어)/ },
    // `원격 운영자 박정민이 … 제대로 확인하지 않고 …`: a colleague, by role and name, who skipped a check.
    { re: /(?:운영자|담당자|엔지니어|작업자|개발자|관리자|당직자|근무자)[ \t][가-힣]{2,4}(?:이|가|께서)[ \t]/g, then: /^[^.\n]{0,40}(?:확인|검증|검토|점검)(?:을|를)?[ \t]?하지[ \t]?않(?:고|았)/ },
    // `원인은 **수탁팀 박준서 매니저가 … 누락한 것**이다`: the cause, a colleague by name and job title.
    // (Not `책임`: `원인은 설계 책임이 불명확했던 것` is a responsibility, not a person.)
    { re: /원인은[ \t][*_]{0,2}(?:[가-힣]{1,8}[ \t])?[가-힣]{2,4}[ \t](?:선임|수석|주임|대리|매니저|과장|차장)(?:이|가|께서|의)[ \t]/g },
    // `담당자 개인의 주의 부족이 직접적인 원인`: one person's lack of care.
    { re: /(?:개인|담당자|작업자|운영자)의[ \t]?(?:주의|확인)[ \t]?(?:부족|소홀|미흡)/g },
    // `직접적인 원인은 박준혁 님이 … 진행한 데 있다`: the cause, said to be a colleague by name (in bold too: `인프라팀 **강도윤** 님이`).
    { re: /원인은[ \t](?:[가-힣]{1,8}[ \t])?[*_]{0,2}[가-힣]{2,4}[*_]{0,2}[ \t]?님(?:이|께서|의)[ \t]/g },
  ],
  populations: [['고객', '사용자', '이용자', '회원', '계정', '구매자', '플레이어'], ['판매자', '가맹점', '셀러', '상점', '매장'], ['기사', '라이더'], ['학생'], ['환자'], ['임직원', '직원'], ['파트너'], ['개발자'], ['상담사'], ['주민', '시민'], ['팔로워']],
  eventDeadline: /\d{1,2}[ \t]?월[ \t]?(?:정기[ \t]?)?(?:[가-힣A-Za-z]{1,10}[ \t]?)?(?:위원회|회의|심의|리뷰|릴리스|정기[ \t]?점검|훈련)|\d{4}[ \t]?년?[ \t]?(?:상반기|하반기)|\d{4}[ \t]?년[ \t]?[12][ \t]?학기|(?:중간|기말)[ \t]?고사[ \t]?(?:전|까지)|다음[ \t]?(?:번[ \t]?)?\d{1,2}[ \t]?월|(?:기한|시행|적용)[ \t]?[:：][ \t]?(?:즉시|당일)|다음[ \t]?(?:분기|반기)[ \t]?(?:계획|회의|리뷰)/,
  // (`… 배포 후 작성 예정입니다`: a plan after something else, in a sentence, not a blank.)
  toBeWritten: /추후[ \t]?(?:작성|기재|보완[ \t]?예정)|(?<!(?:후|뒤|다음)[ \t]?)작성[ \t]?예정/,
  pendingNote: /조사[ \t]?(?:진행[ \t]?)?중|진행[ \t]?중|대기[ \t]?중|(?:확정|통보|결과|결정|발표|회신)[ \t]?(?:후|시|되면|받으면|나오면)|(?:후|시)[ \t]?갱신|(?:보고|확인|기재|판단|결정)[ \t]?예정|완료[ \t]?(?:후|로부터)|개월[ \t]?후/,
  modifierEnd: /[을를]?[ ]?위한[ ]/,
  wentWrong: /^(?:무엇이|뭐가)[ ]?잘못(?:되었|됐)(?:나|는가|을까)?\??$/,
  wentWell: /^(?:잘된|잘한|좋았던)[ ]?(?:점|것|일)$|^운이[ ]?좋았던[ ]?(?:점|것)$/,
  consulted: /(?<=\p{L})(?:과|와)[ \t]?협의(?:[ \t]?중)?$|(?<=\p{L})[ \t]협조$/u,
  words: {
    zoneWord: String.raw`타임 ?존|시차|표준시`,
    exampleHeading: String.raw`템플릿|예시`,
    statusHeader: String.raw`상태|진행`,
    severity: String.raw`긴급|심각|높음|보통|중간|낮음|경미|상|중|하|[0-5][ \t]?(?:등급|단계)|없음|해당[ \t]?없음`,
    timeColumn: String.raw`시각|시간|일시|날짜`,
    incidentTitle: String.raw`장애|사건`,
    notANumber: String.raw`해당 ?없음|모름|미상`,
    noLength: String.raw`없음|없었음|없다`,
    unaffected: String.raw`영향[ \t]?(?:없|받지[ \t]?않)`,
    incidentDateLabel: String.raw`장애[ \t]?(?:일자|날짜)|발생일`,
    timeParticle: String.raw`이후에는|이후에|이후|에는|에도|에|의`,
    windowUntil: String.raw`까지의|까지`,
    doneSection: String.raw`완료|이미[ \t]?(?:조치|적용|시행|완료)한|(?:조치|시행|적용)한[ \t]?(?:사항|것|내용)|조치 완료|긴급[ \t]?조치|조치[ \t]?(?:사항|내역|결과)|대응[ \t]?(?:사항|내역|결과)|후속[ \t]?확인|점검[ \t]?결과|효과[ \t]?확인|이행[ \t]?결과`,
    followUpSection: String.raw`후속[ \t]?(?:확인|점검|현황)|이행[ \t]?(?:현황|점검|결과)|추가[ \t]?확인|진행[ \t]?현황|조치[ \t]?현황|업데이트|추기`,
    noteLead: String.raw`(?:내부[ \t]?)?메모`,
    doneStatus: String.raw`완료|종료|해결|취소|철회|(?:진행|실시|적용|도입)?하지[ \t]?않음|반려|폐기`,
    doneStatusStart: String.raw`완료|(?:실시|적용|조치|배포|반영|시행)[ \t]?완료|종료|취소|(?:진행|실시|적용|도입)?하지[ \t]?않음|검토[ \t]?결과[ \t]?[:：]|검토[ \t]?완료|(?:검토[ \t]?후[ \t]?)?(?:현행[ \t]?)?유지[ \t]?결정|(?:요청|신청|적용|반영|배포|전달|공유|등록|제출|공지|안내|조치|수정|변경|설정|추가|삭제|교체|발송)함(?![가-힣])`,
    donePast: String.raw`(?<!기로[ \t]?|예정이)(?:했|하였|됐|되었|였|었|았)습니다`,
    doneWord: String.raw`완료|반영됨|적용됨|조치됨`,
    inUseWord: String.raw`운영[ \t]?(?:시작|중)|시행[ \t]?중|도입[ \t]?완료|최근[^)\n]{0,20}시행(?:함|했음)?|운영됨|(?:하|되)였(?:음|다|습니다)|했(?:음|다|습니다)|됐(?:음|다|습니다)`,
    droppedWord: String.raw`(?:진행|실시|적용|도입)?하지[ \t]?않겠습니다|현상[ \t]?유지(?:하기로[ \t]?(?:함|했음|결정(?:함|했음)?))?|(?:진행|도입|적용)?하지[ \t]?않기로[ \t]?(?:함|했음|했다|결정(?:함|했음|했다)?)|불필요(?:로|하다고)[ \t]?판단(?:함|했음|했다)?|철회(?:함|했음|됨)`,
    onHoldWord: '보류',
    postponedWord: String.raw`(?:으로|로)[ \t]?(?:연기|이월|순연)`,
    revisitWord: String.raw`재검토|재논의|재판단|보고[ \t]?결정`,
    serverNoun: String.raw`서버|노드|호스트`,
    serverCounter: '대',
    peopleCounter: '명',
    thingCounterAfter: String.raw`개월|개|건|회|원|점|곳|대`,
    thingCounterEnd: String.raw`개|건|회|원|점|곳|대`,
    earlyMonth: '초순',
    monthEnd: String.raw`말|하순|중(?![가-힣])`,
    midMonth: '중순',
    dueLabel: String.raw`기한|마감(?:일)?|목표일`,
    dueLabelBare: String.raw`기한|마감일?`,
    thisYearEnd: String.raw`연내|올해[ \t]?안|금년[ \t]?내`,
    actionStrength: String.raw`(?:강한|중간|약한)[ \t]?조치`,
    asOf: String.raw`기준|현재`,
    nextSprint: String.raw`다음[ \t]?스프린트`,
    quarter: '분기',
    quarterAfter: String.raw`내|중|말|까지`,
    ordinalBefore: '제',
    allTimes: String.raw`시각은|시간은|기준`,
    timesWord: String.raw`시간|시각|기준`,
    zoneBasis: '기준',
    zoneLabel: String.raw`시간대|기준 ?시간|기준 ?시각|표준시`,
    approxShort: String.raw`약|대략|거의`,
    meetingDecides: String.raw`에서[ \t]?(?:결정|논의|검토)`,
    ownerWord: '담당',
    ownerPhrase: String.raw`(?:협력사|업체|벤더|외주사)[ \t]?(?:PM|담당자?|매니저)|[가-힣]{2,4}[ \t]?(?:님|씨)(?:이|가)[ \t](?:진행|담당|적용|처리|작업)`,
    averageWord: String.raw`평균|중앙값`,
    plannedWord: String.raw`계획|예정|예상|승인된`,
    measureBefore: String.raw`최대|최장|평균|피크|중앙값`,
    internalWord: String.raw`대내|내부|사내`,
    totalBefore: String.raw`총|전체|누적`,
    lowerBound: String.raw`이상|넘게|넘는|넘도록|초과`,
    pointAfter: String.raw`이전|전에|전부터|후|뒤|늦게|지연|일찍`,
    allItemsDone: String.raw`(?:위|상기)[ \t][^.\n]{0,20}(?:모두|전부)[ \t]?(?:완료|종료|조치[ \t]?완료|close)`,
    doneLeadEnd: String.raw`(?:다음|아래)(?:을|를|과[ \t]같이|의[ \t]조치를)[ \t]?(?:완료|조치|적용|반영|시행)(?:했다|했습니다|하였다|함|완료(?:했다|했습니다|함)?)[.:：]?$`,
    noteDone: String.raw`(?:적용|반영|배포|실시|도입|납품|시행)(?:했|함|됨|완료|[,.。]|$)`,
    titleOf: String.raw`의|에서`,
    moreTime: String.raw`더|추가로|추가`,
    totalLead: String.raw`총|전체`,
    statisticLead: String.raw`최대|평균|최장|최소|최단|중앙값|최고`,
    itemNumbers: String.raw`(?:조치|항목|과제|액션)[ \t]?#?(\d{1,2}(?:[ \t]?[·・,，][ \t]?#?\d{1,2})*)(?!\d)|(\d{1,2}번(?:[ \t]?[·・,，][ \t]?\d{1,2}번)*)`,
    nextReport: String.raw`^(?:다음[ \t]?보고|[2-9]보|후속[ \t]?보고|최종[ \t]?보고)(?:[(（][^()（）]{1,8}[)）])?[ \t]?(?:는|은|에서|에|로)`,
    costSection: String.raw`비용(?:[ \t]?영향)?|요금(?:[ \t]?영향)?|청구[ \t]?금액`,
    formatWord: String.raw`형식|포맷|문자열|서식|표기`,
    equivalent: String.raw`상당|수준|급`,
    phoneWord: String.raw`번호|전화`,
    enumMarker: String.raw`[가나다라마바사아자차카타파하]\.|[①②③④⑤⑥⑦⑧⑨⑩]`,
    systemNoun: String.raw`시스템|서비스|피드|포털|엔진|게이트(?!웨이)|콘솔`,
    sparedWord: String.raw`않은|없는|제외`,
    firstHalf: '상반기',
    secondHalf: '하반기',
    labelsLabel: String.raw`라벨|레이블|태그`,
    kindLabel: String.raw`유형|장애[ \t]?유형|사고[ \t]?유형|분류|구분`,
    keyValueHeader: String.raw`구분|항목|내용|값|수치|지표|세부[ \t]?내용|속성`,
    whenLabel: String.raw`일시|(?:발생|장애)[ \t]?(?:일시|기간)|기간|날짜`,
    numberHeader: String.raw`번호|순번|연번|항목[ \t]?번호`,
    referencesLabel: String.raw`참고(?:[ \t]?(?:자료|링크|문서))?|관련[ \t]?(?:링크|문서|자료)|첨부(?:[ \t]?(?:자료|파일))?|부록|링크|(?:변경|개정|수정|문서)[ \t]?이력`,
    nearMiss: String.raw`니어 ?미스|준사고|아차 ?사고|장애(?:는|가) 아니(?:지만|었지만|며|고)|(?:실제 ?)?장애는 없었(?:음|다|습니다)`,
  },
  itemsTracked: [
    { lead: /(?:담당(?:자)?|진행[ \t]?상황)(?:은|는)/, ref: true, verb: /에서[ \t]?(?:배정|관리|추적)/ },
    // `위 조치의 이행 현황은 완료 후 별도로 보고한다`: a report handed over, the measures' progress reported later.
    { lead: /(?:조치|대책)(?:의)?[ \t]?(?:이행|추진|진행)[ \t]?(?:현황|상황|결과)(?:은|는)[ \t]?(?:완료[ \t]?후|별도로?|추후|다시)/ },
    // `진행 상황은 운영팀 주간 회의에서 확인한다`: the items' progress is kept at a standing meeting.
    { lead: /진행[ \t]?(?:상황|현황)(?:은|는)[^.\n]{0,30}?(?:주간|월간|정기|정례)[^.\n]{0,10}?회의에서[ \t]?(?:확인|관리|점검|추적)/ },
    // `운영사는 위 대책의 이행 결과를 2024년 11월 정기 운영 보고 시 함께 보고할 예정이다`: their results go into a later report.
    { lead: /(?:조치|대책)(?:의)?[ \t]?(?:이행|추진|진행)[ \t]?(?:현황|상황|결과)(?:은|는|을|를)[^.\n보]{0,40}보고/ },
  ],
  text: TEXT,
};
