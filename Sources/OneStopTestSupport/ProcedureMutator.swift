import OneStopKit

/// The decoder target's inputs: a valid procedure whose keys, values, shapes and styles are
/// mutated by a sequence of choices read from the fuzz input. Every input is a procedure file a
/// drafter could have written (nearly valid, so deep in the decoders), and libFuzzer's coverage
/// feedback steers the choices; flipping one byte changes one choice, not the whole file.
///
/// The input is read as operations: one byte picks the operation, the next ones its node (a node
/// of the tree in document order), a key or a value from a pool. The input ends the list.
///
/// The tree is made of values: a mutation copies the lists on the way to the node it changes and
/// shares the rest with the template (under the address sanitizer, copying the whole template
/// for every input cost a fifth of the target's time).
struct ProcedureMutator {
  /// A YAML node as the mutator rewrites it.
  struct Node {
    enum Kind { case scalar, mapping, sequence, alias }
    enum Quote: CaseIterable { case plain, single, double }

    var kind: Kind
    /// A scalar's text, or an alias's anchor name.
    var text = ""
    var quote = Quote.plain
    /// Whether a collection is written in flow style (`[a, b]`, `{k: v}`).
    var flow = false
    /// A mapping's keys, parallel to `children`.
    var keys: [String] = []
    var children: [Node] = []
    var anchor: String?
    var comment: String?

    init(_ kind: Kind) { self.kind = kind }

    static func scalar(_ text: String) -> Node {
      var node = Node(.scalar)
      node.text = text
      return node
    }

    /// How many nodes, this one and those under it, `accept` takes.
    func count(_ accept: (Node) -> Bool) -> Int {
      children.reduce(accept(self) ? 1 : 0) { $0 + $1.count(accept) }
    }

    /// The child indexes leading to the `number`th node (in document order) that `accept` takes.
    func path(to number: inout Int, _ accept: (Node) -> Bool, into path: inout [Int]) -> Bool {
      if accept(self) {
        if number == 0 { return true }
        number -= 1
      }
      for (index, child) in children.enumerated() {
        path.append(index)
        if child.path(to: &number, accept, into: &path) { return true }
        path.removeLast()
      }
      return false
    }

    subscript(path: ArraySlice<Int>) -> Node {
      get { path.first.map { children[$0][path.dropFirst()] } ?? self }
      set {
        guard let first = path.first else { return self = newValue }
        children[first][path.dropFirst()] = newValue
      }
    }
  }

  /// The template's tree, read once from YAML through the loader; `bytes` are the template's, for
  /// telling flow collections (which start at their bracket) from block ones.
  static func tree(_ node: YAMLNode, bytes: [UInt8]) -> Node {
    let isFlow =
      node.range.start.offset < bytes.count
      && [UInt8(ascii: "{"), UInt8(ascii: "[")].contains(bytes[node.range.start.offset])
    switch node.content {
    case .scalar(let scalar):
      var result = Node.scalar(scalar.text)
      result.quote = scalar.style == .singleQuoted ? .single : scalar.style == .doubleQuoted ? .double : .plain
      return result
    case .sequence(let items):
      var result = Node(.sequence)
      result.flow = isFlow
      result.children = items.map { tree($0, bytes: bytes) }
      return result
    case .mapping(let pairs):
      var result = Node(.mapping)
      result.flow = isFlow
      result.keys = pairs.map(\.key)
      result.children = pairs.map { tree($0.value, bytes: bytes) }
      return result
    case .invalid:
      return Node.scalar("")
    }
  }

  /// The choices, read from the input.
  private var input: ArraySlice<UInt8>
  private var root: Node
  private var anchors = 0

  init(template: Node, choices: [UInt8]) {
    root = template
    input = choices[...]
  }

  /// One of `count` things, or nil when the input is used up. Two bytes for more than 256.
  private mutating func choose(_ count: Int) -> Int? {
    guard count > 0, let first = input.popFirst() else { return nil }
    var value = Int(first)
    if count > 256, let second = input.popFirst() { value = value << 8 | Int(second) }
    return value % count
  }

  private mutating func pick<T>(_ pool: [T]) -> T? { choose(pool.count).map { pool[$0] } }

  /// The path to a node `accept` takes, chosen by the input.
  private mutating func pickNode(where accept: (Node) -> Bool = { _ in true }) -> [Int]? {
    guard var number = choose(root.count(accept)) else { return nil }
    var path: [Int] = []
    return root.path(to: &number, accept, into: &path) ? path : nil
  }

  /// Changes the node at `path` in place.
  private mutating func change(_ path: [Int], _ body: (inout Node) -> Void) {
    var node = root[path[...]]
    body(&node)
    root[path[...]] = node
  }

  /// Applies every operation the input holds and returns the YAML text.
  mutating func mutate() -> String {
    while let operation = choose(13) {
      switch operation {
      case 0, 1: setScalar()
      case 2: renameKey()
      case 3: removeChild()
      case 4: duplicateChild()
      case 5: graft()
      case 6: if let path = pickNode(where: { !$0.children.isEmpty }) { change(path) { $0.flow.toggle() } }
      case 7:
        if let path = pickNode(where: { $0.kind == .scalar }), let quote = pick(Node.Quote.allCases) {
          change(path) { $0.quote = quote }
        }
      case 8: reshape()
      case 9: comment()
      case 10: alias()
      case 11: insertKey()
      default: editText()
      }
    }
    var out = ""
    out.reserveCapacity(4096)
    ProcedureWriter.write(root, into: &out)
    return out
  }

  private mutating func setScalar() {
    guard let path = pickNode(), let text = pick(MutationPools.values) else { return }
    root[path[...]] = Node.scalar(text)
  }

  private mutating func renameKey() {
    guard let path = pickNode(where: { !$0.keys.isEmpty }) else { return }
    let keys = root[path[...]].keys
    guard let index = choose(keys.count), let how = choose(4) else { return }
    var key = Array(keys[index])
    switch how {
    case 0, 1:
      guard let other = pick(MutationPools.keys) else { return }
      key = Array(other)
    case 2:
      // A typo: one character dropped, doubled or changed.
      guard !key.isEmpty, let at = choose(key.count), let change = choose(3) else { return }
      if change == 0 {
        key.remove(at: at)
      } else if change == 1 {
        key.insert(key[at], at: at)
      } else {
        key[at] = key[at] == "_" ? "-" : Character(key[at].uppercased())
      }
    default:
      guard let suffix = pick(["s", "_", " ", ":", "é", "\u{301}"]) else { return }
      key.append(contentsOf: suffix)
    }
    change(path) { $0.keys[index] = String(key) }
  }

  private mutating func removeChild() {
    guard let path = pickNode(where: { !$0.children.isEmpty }),
      let index = choose(root[path[...]].children.count)
    else { return }
    change(path) {
      $0.children.remove(at: index)
      if $0.kind == .mapping { $0.keys.remove(at: index) }
    }
  }

  private mutating func duplicateChild() {
    guard let path = pickNode(where: { !$0.children.isEmpty }),
      let index = choose(root[path[...]].children.count)
    else { return }
    change(path) {
      $0.children.insert($0.children[index], at: index + 1)
      if $0.kind == .mapping { $0.keys.insert($0.keys[index], at: index + 1) }
    }
  }

  /// A copy of one node in place of another: a channel where a paper belongs, a list for a text.
  private mutating func graft() {
    guard let source = pickNode(), let target = pickNode() else { return }
    root[target[...]] = root[source[...]]
  }

  /// A node wrapped in a list or a mapping, or emptied.
  private mutating func reshape() {
    guard let path = pickNode(), let how = choose(5) else { return }
    let inner = root[path[...]]
    var node: Node
    switch how {
    case 0:
      node = Node(.sequence)
      node.children = [inner]
    case 1:
      guard let key = pick(MutationPools.keys + ["vi", "en", "fr"]) else { return }
      node = Node(.mapping)
      node.keys = [key]
      node.children = [inner]
    case 2:
      node = Node(.sequence)
      node.flow = true
    case 3:
      node = Node(.mapping)
      node.flow = true
    default:
      // A localized text, with one language or a language the policy does not list.
      guard let languages = pick([["vi", "en"], ["vi"], ["en"], ["vi", "fr"], ["vi", "vi"]]) else { return }
      node = Node(.mapping)
      node.keys = languages
      node.children = languages.map { _ in Node.scalar(MutationPools.values[0]) }
    }
    root[path[...]] = node
  }

  private mutating func comment() {
    guard let path = pickNode(), let text = pick(MutationPools.comments) else { return }
    change(path) { $0.comment = text }
  }

  /// An anchor on one node and an alias to it in place of another (before it or after it).
  private mutating func alias() {
    guard let anchored = pickNode(), let target = pickNode(), anchored != target else { return }
    let name = root[anchored[...]].anchor ?? "a\(anchors)"
    anchors += 1
    change(anchored) { $0.anchor = name }
    var node = Node(.alias)
    node.text = name
    // The target may hold the anchored node, or lie inside it: set last.
    root[target[...]] = node
  }

  private mutating func insertKey() {
    guard let path = pickNode(where: { $0.kind == .mapping }), let key = pick(MutationPools.keys),
      let value = pickNode()
    else { return }
    let inserted = root[value[...]]
    let at = choose(root[path[...]].keys.count + 1) ?? root[path[...]].keys.count
    change(path) {
      $0.keys.insert(key, at: at)
      $0.children.insert(inserted, at: at)
    }
  }

  /// One character put into a scalar's text: YAML indicators, spaces, escapes, combining marks,
  /// characters XML or the quick scanner refuses.
  private mutating func editText() {
    guard let path = pickNode(where: { $0.kind == .scalar }), let character = pick(MutationPools.characters)
    else { return }
    var text = Array(root[path[...]].text)
    let at = choose(text.count + 1) ?? text.count
    text.insert(character, at: at)
    change(path) { $0.text = String(text) }
  }
}
