// The diff as a Markdown report (`onestop diff --format markdown`), in the diff's language.

extension CatalogDiff {
  public func markdown() -> String {
    let vi = language == .vi
    let all = changes
    let added = procedures.count { $0.changes.contains { $0.kind == .procedureAdded } }
    let removed = procedures.count { $0.changes.contains { $0.kind == .procedureRemoved } }
    var text = vi ? "## Thay đổi của danh mục thủ tục (OneStop)\n\n" : "## OneStop catalog changes\n\n"
    if !failed.isEmpty {
      text +=
        vi
        ? "**Có tệp không đọc được**: các thủ tục trong những tệp này không được so sánh"
        : "**Files that could not be read**: the procedures in them are left out of this diff"
      text +=
        failed.rules
        ? (vi
          ? ", và vì có tệp quy tắc trong số đó, không thủ tục nào được so sánh (mọi phép so sánh đều dựa vào rules/).\n\n"
          : ", and since a rules file is among them, no procedure is compared (every comparison depends on the rules).\n\n")
        : ".\n\n"
      for (side, files) in [(vi ? "bản cũ" : "old", failed.old), (vi ? "bản mới" : "new", failed.new)] {
        for file in files { text += "- \(side): `\(file)`\n" }
      }
      text += "\n"
    }
    if all.isEmpty {
      if vi {
        return text + (failed.isEmpty ? "Không thủ tục nào thay đổi.\n" : "Không thủ tục nào đọc được thay đổi.\n")
      }
      return text
        + (failed.isEmpty ? "No change to any procedure.\n" : "No change to any procedure that could be read.\n")
    }
    let burdens = self.burdens.count
    let changed = procedures.count - added - removed
    if vi {
      text += "\(changed) thủ tục thay đổi, \(added) thủ tục mới, \(removed) thủ tục bị xóa; \(all.count) thay đổi"
      text +=
        burdens == 0
        ? ", không thay đổi nào gây thêm gánh nặng cho người dân.\n"
        : ", **\(burdens) thay đổi gây thêm gánh nặng cho người dân**.\n"
    } else {
      text += "\(changed) procedures changed, \(added) added, \(removed) removed; "
      text += "\(all.count) change\(all.count == 1 ? "" : "s")"
      text +=
        burdens == 0
        ? ", none burdens citizens.\n" : ", **\(burdens) burden\(burdens == 1 ? "s" : "") citizens**.\n"
    }
    let burdenMark = vi ? "**gánh nặng** " : "**burden** "
    for procedure in procedures {
      text += "\n### \(procedure.code) \(MarkdownRenderer.escape(procedure.name))\n\n`\(procedure.file)`\n\n"
      for change in procedure.changes {
        text += "- " + (change.burden ? burdenMark : "") + "`\(change.kind.rawValue)`: "
        text += MarkdownRenderer.escape(change.message) + "\n"
      }
    }
    return text
  }
}
