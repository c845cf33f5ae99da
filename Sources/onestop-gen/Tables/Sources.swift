// Data: the shared databases of rules/sources.yaml.

struct Source {
  let id: String
  let name: Text
  let results: Bool  // kind: procedure-results
  let provides: [String]
  let connected: [(String, String)]  // level, date, in levels.yaml order
  let basis: String  // the legal basis, written as a comment above the source
}

/// Ten shared databases; some connections are planned after as_of (2026-11-29).
let sources: [Source] = [
  Source(
    id: "population", name: Text("Cơ sở dữ liệu quốc gia về dân cư", "National Population Database"), results: false,
    provides: ["citizen-id", "identity-certificate", "residence-confirmation"],
    connected: [
      ("central", "2021-07-01"), ("provincial", "2021-07-01"), ("district", "2021-12-31"), ("commune", "2021-12-31"),
    ],
    basis: "Identity Law 26/2023/QH15; Decree 70/2024/NĐ-CP; Decision 468/QĐ-TTg"),
  Source(
    id: "civil-status", name: Text("Cơ sở dữ liệu hộ tịch điện tử", "Electronic Civil Status Database"), results: false,
    provides: ["birth-certificate", "death-extract", "marriage-certificate", "marital-status-certificate"],
    connected: [
      ("central", "2023-06-30"), ("provincial", "2023-06-30"), ("district", "2023-12-31"), ("commune", "2023-12-31"),
    ],
    basis: "Law on Civil Status 60/2014/QH13; Decree 87/2020/NĐ-CP"),
  Source(
    id: "business-registration",
    name: Text("Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp", "National Business Registration Database"),
    results: false, provides: ["business-registration-certificate"],
    connected: [
      ("central", "2021-07-01"), ("provincial", "2021-07-01"), ("district", "2021-12-31"), ("commune", "2025-07-01"),
    ],
    basis: "Law on Enterprises 59/2020/QH14; Decree 168/2025/NĐ-CP"),
  Source(
    id: "insurance", name: Text("Cơ sở dữ liệu quốc gia về bảo hiểm", "National Insurance Database"), results: false,
    provides: ["social-insurance-book", "benefit-decision"],
    connected: [
      ("central", "2022-06-30"), ("provincial", "2022-12-31"), ("district", "2022-12-31"), ("commune", "2024-06-30"),
      ("other", "2022-06-30"),
    ],
    basis: "Decree 43/2019/NĐ-CP on the National Insurance Database"),
  Source(
    id: "land", name: Text("Cơ sở dữ liệu quốc gia về đất đai", "National Land Database"), results: false,
    provides: ["land-use-certificate", "cadastral-map-extract"],
    connected: [("provincial", "2022-12-31"), ("district", "2023-12-31"), ("commune", "2025-07-01")],
    basis: "Land Law 31/2024/QH15; Decree 101/2024/NĐ-CP"),
  Source(
    id: "tax", name: Text("Cơ sở dữ liệu về thuế", "Tax Database"), results: false,
    provides: ["tax-registration-certificate", "vehicle-sales-invoice", "registration-fee-receipt"],
    connected: [("central", "2023-12-31"), ("provincial", "2024-06-30"), ("commune", "2027-07-01")],
    basis: "Law on Tax Administration 38/2019/QH14; Circular 86/2024/TT-BTC"),
  Source(
    id: "judicial-records", name: Text("Cơ sở dữ liệu lý lịch tư pháp", "Judicial Records Database"), results: false,
    provides: ["judicial-record-card"],
    connected: [("central", "2023-06-30"), ("provincial", "2023-12-31")],
    basis: "Law on Judicial Records 28/2009/QH12"),
  Source(
    id: "driving-licences", name: Text("Hệ thống thông tin giấy phép lái xe", "Driving Licence Information System"),
    results: false,
    provides: ["driving-licence"],
    connected: [("central", "2025-03-01"), ("provincial", "2025-03-01"), ("commune", "2025-07-01")],
    basis: "Law on Road Traffic Order and Safety 36/2024/QH15; Circular 12/2025/TT-BCA"),
  Source(
    id: "vehicle-registration", name: Text("Cơ sở dữ liệu đăng ký, quản lý xe", "Vehicle Registration Database"),
    results: false,
    provides: ["vehicle-registration-certificate"],
    connected: [
      ("central", "2023-08-15"), ("provincial", "2023-08-15"), ("district", "2023-08-15"), ("commune", "2023-08-15"),
    ],
    basis: "Circular 79/2024/TT-BCA"),
  Source(
    id: "results-warehouse",
    name: Text(
      "Kho quản lý dữ liệu điện tử của tổ chức, cá nhân", "Electronic data warehouse of organizations and individuals"),
    results: true, provides: [],
    connected: [
      ("central", "2022-01-01"), ("provincial", "2022-06-30"), ("district", "2022-12-31"), ("commune", "2022-12-31"),
    ],
    basis: "Decree 45/2020/NĐ-CP; Circular 01/2023/TT-VPCP"),
]
