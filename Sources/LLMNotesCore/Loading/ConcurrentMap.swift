import Dispatch

/// `(0..<count).map(transform)`, computed on all cores in chunks; the result is in index order.
func concurrentMap<Value: Sendable>(count: Int, _ transform: @Sendable (Int) -> Value) -> [Value] {
  let chunk = 32
  let chunks = (count + chunk - 1) / chunk
  guard chunks > 1 else { return (0..<count).map(transform) }
  let slots = ResultSlots<Value>(count: count)
  DispatchQueue.concurrentPerform(iterations: chunks) { part in
    for index in (part * chunk)..<min(count, (part + 1) * chunk) {
      slots.store(transform(index), at: index)
    }
  }
  return slots.values
}

/// Slots written once each from concurrent workers, each worker writing its own indices. The
/// buffer is allocated once so no worker ever touches an array's storage header.
private final class ResultSlots<Value>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<Value?>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func store(_ value: Value, at index: Int) { slots[index] = value }

  var values: [Value] { slots.compactMap { $0 } }
}
