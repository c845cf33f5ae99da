// Data: the synthetic catalog's level names and its policy.yaml, written as they are.

/// The names of the levels, in levelOrder's order.
let levelNames = [
  Text("Cấp bộ", "Central (ministry) level"), Text("Cấp tỉnh", "Provincial level"),
  Text("Cấp huyện", "District level"),
  Text("Cấp xã", "Commune level"), Text("Cơ quan khác", "Other agencies"),
]

/// rules/policy.yaml.
let policyFile = """
  # Policy of the synthetic catalog written by onestop-gen.
  as_of: 2026-11-29
  code_pattern: '^[123]\\.[0-9]{6}(\\.[A-Z][0-9A-Z]*)?$'
  languages: [vi, en]
  checks:
    unused-paper-type: info
  overrides:
    - files: ["catalog/land/**"]
      checks: {paper-partly-obtainable: off}
  # Targets of Decision 468/QĐ-TTg of 27/3/2021.
  targets:
    not_reprovided:
      - {by: 2022-12-31, percent: 30}
      - {by: 2025-12-31, percent: 80}
    online_dossiers:
      - {by: 2025-12-31, percent: 50}
    digitized_results:
      - {level: central, by: 2021-12-31, percent: 40}
      - {level: central, by: 2022-12-31, percent: 100}
      - {level: provincial, by: 2021-12-31, percent: 30}
      - {level: provincial, by: 2025-12-31, percent: 100}
      - {level: district, by: 2021-12-31, percent: 20}
      - {level: district, by: 2025-06-30, percent: 100}
      - {level: commune, by: 2021-12-31, percent: 15}
      - {level: commune, by: 2026-12-31, percent: 100}

  """
