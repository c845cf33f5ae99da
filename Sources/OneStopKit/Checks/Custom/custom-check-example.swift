/// `custom-check-example`: an example of a check of `rules/checks.yaml` that does not behave as
/// declared. `CustomCheckSet.runExamples` reports them here.
struct CustomCheckExampleCheck: Check {
  static let description = CheckDescription(
    id: "custom-check-example", severity: .error, stage: .rule,
    summary: Localized(
      vi: "ví dụ của một quy tắc trong rules/checks.yaml không cho kết quả như đã khai",
      en: "an example of a check of rules/checks.yaml does not behave as declared"),
    rationale: Localized(
      vi: """
        Ví dụ là phép thử của quy tắc: ví dụ vi phạm phải có phát hiện đúng tại các dấu `↓`, ví dụ \
        gần đúng không được có phát hiện nào. Các ví dụ chạy mỗi lần kiểm tra, với danh mục \
        rules/ của chính thư mục, nên quy tắc sai hoặc danh mục thay đổi làm quy tắc mất tác dụng \
        đều được phát hiện ngay.
        """,
      en: """
        Examples are a rule's tests: a triggering example must give findings exactly at its `↓` \
        markers, a non-triggering one none. They run on every check against the root's own rules/, \
        so a wrong rule, or a change of vocabulary that makes a rule toothless, shows at once.
        """),
    triggering: [
      Example(files: [
        CustomCheckExampleFiles.checks(
          assert: "!has(channel.processing_time.working_days) || channel.processing_time.working_days <= 1",
          extra: """
                examples:
                  non_triggering:
                    - ↓|
                      code: "1.000001"
                      name: {vi: Đăng ký khai sinh, en: Birth registration}
                      field: civil-status
                      levels: [commune]
                      channels:
                        - {kind: in-person, processing_time: {working_days: 5}}
                      legal_basis:
                        - {ref: 60/2014/QH13, title: {vi: Luật Hộ tịch, en: Law on Civil Status}}
                      papers:
                        - {id: application, paper: birth-registration-form, copies: {original: 1}}
                      results:
                        - {paper: birth-certificate, digitized: true}
            """)
      ])
    ],
    nonTriggering: [
      Example(files: [
        CustomCheckExampleFiles.checks(
          assert: "!has(channel.processing_time.working_days) || channel.processing_time.working_days <= 1",
          extra: """
                examples:
                  non_triggering:
                    - |
                      code: "1.000001"
                      name: {vi: Đăng ký khai sinh, en: Birth registration}
                      field: civil-status
                      levels: [commune]
                      channels:
                        - {kind: in-person, processing_time: {working_days: 1}}
                      legal_basis:
                        - {ref: 60/2014/QH13, title: {vi: Luật Hộ tịch, en: Law on Civil Status}}
                      papers:
                        - {id: application, paper: birth-registration-form, copies: {original: 1}}
                      results:
                        - {paper: birth-certificate, digitized: true}
            """)
      ])
    ])
}
