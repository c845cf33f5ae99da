/// The small catalog every check example starts from: rules with two fields, the five levels
/// (district retired on 2025-06-30), a few paper types and three shared databases. An example's
/// files are laid over it.
public enum ExampleCatalog {
  public static let asOf = "2026-11-29"

  public static let rules: [String: String] = [
    "rules/levels.yaml": """
    levels:
      - {id: central, name: {vi: Cấp bộ, en: Central}}
      - {id: provincial, name: {vi: Cấp tỉnh, en: Provincial}}
      - {id: district, name: {vi: Cấp huyện, en: District}, until: 2025-06-30}
      - {id: commune, name: {vi: Cấp xã, en: Commune}}
      - {id: other, name: {vi: Cơ quan khác, en: Other agencies}}
    """,
    "rules/fields.yaml": """
    fields:
      - {id: civil-status, name: {vi: Hộ tịch, en: Civil status}}
      - {id: residence, name: {vi: "Đăng ký, quản lý cư trú", en: Residence}}
    """,
    "rules/subjects.yaml": """
    subjects:
      - {id: citizen, name: {vi: Công dân Việt Nam, en: Vietnamese citizen}}
    """,
    "rules/papers.yaml": """
    papers:
      - {id: birth-registration-form, name: {vi: Tờ khai đăng ký khai sinh, en: Birth registration form}, kind: form}
      - {id: birth-notice, name: {vi: Giấy chứng sinh, en: Birth notice}}
      - {id: citizen-id, name: {vi: Thẻ căn cước, en: Citizen identity card}}
      - {id: passport, name: {vi: Hộ chiếu, en: Passport}}
      - {id: residence-confirmation, name: {vi: Xác nhận thông tin về cư trú, en: Residence confirmation}}
      - {id: birth-certificate, name: {vi: Giấy khai sinh, en: Birth certificate}, result_code: KQ.G15.000031}
      - {id: marriage-certificate, name: {vi: Giấy chứng nhận kết hôn, en: Marriage certificate}}
      - {id: household-registration-book, name: {vi: Sổ hộ khẩu, en: Household registration book}, until: 2022-12-31, replaced_by: residence-confirmation}
    """,
    "rules/sources.yaml": """
    sources:
      - id: population
        name: {vi: Cơ sở dữ liệu quốc gia về dân cư, en: National Population Database}
        provides: [citizen-id, residence-confirmation]
        connected: {central: 2021-07-01, provincial: 2021-07-01, commune: 2021-12-31}
      - id: civil-status
        name: {vi: Cơ sở dữ liệu hộ tịch điện tử, en: Electronic Civil Status Database}
        provides: [marriage-certificate]
        connected: {provincial: 2022-06-30, commune: 2027-01-01}
      - id: results-warehouse
        kind: procedure-results
        name: {vi: "Kho quản lý dữ liệu điện tử của tổ chức, cá nhân", en: Electronic results warehouse}
        connected: {central: 2022-01-01, provincial: 2022-06-30, commune: 2022-12-31}
    """,
    "rules/policy.yaml": """
    as_of: 2026-11-29
    code_pattern: '^[123]\\.[0-9]{6}(\\.[A-Z][0-9A-Z]*)?$'
    languages: [vi, en]
    """,
  ]

  /// A clean procedure: the examples copy it and change one thing.
  public static let procedure = """
    code: "1.000001"
    name: {vi: Đăng ký khai sinh, en: Birth registration}
    field: civil-status
    levels: [commune]
    channels:
      - {kind: in-person, processing_time: {working_days: 1}, fee: {amount: 0, currency: VND}}
    legal_basis:
      - {ref: 60/2014/QH13, title: {vi: Luật Hộ tịch, en: Law on Civil Status}}
    papers:
      - {id: application, paper: birth-registration-form, copies: {original: 1}}
      - {id: birth-notice, paper: birth-notice, copies: {original: 1}}
    results:
      - {paper: birth-certificate, digitized: true}
    """
}
