#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The bytes of a snapshot, held still for as long as any topic read from them lives: compiled
/// into the binary (never copied), or read from a cache file into one allocation.
package final class SnapshotBytes: @unchecked Sendable {
  // Safe to share: the bytes are never written after `init`.
  let buffer: UnsafeRawBufferPointer
  private let owned: UnsafeMutableRawBufferPointer?
  /// A file mapping to unmap.
  private let mapping: UnsafeMutableRawBufferPointer?
  /// Bytes this one is a part of, kept alive with it.
  private let parent: SnapshotBytes?

  /// A string literal's bytes, in place.
  package init(_ literal: StaticString) {
    buffer =
      literal.hasPointerRepresentation
      ? UnsafeRawBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
      : UnsafeRawBufferPointer(start: nil, count: 0)
    owned = nil
    parent = nil
    mapping = nil
  }

  package convenience init(_ bytes: [UInt8]) {
    let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 16)
    storage.copyBytes(from: bytes)
    self.init(adopting: storage)
  }

  /// Takes ownership of memory filled by the caller (a file read into it).
  package init(adopting storage: UnsafeMutableRawBufferPointer) {
    buffer = UnsafeRawBufferPointer(storage)
    owned = storage
    parent = nil
    mapping = nil
  }

  /// A read-only private mapping of a file, unmapped with this object.
  init(mapped region: UnsafeMutableRawBufferPointer) {
    buffer = UnsafeRawBufferPointer(region)
    owned = nil
    parent = nil
    mapping = region
  }

  /// The bytes of `whole` from `offset` on (a snapshot after a cache file's fingerprint).
  package init(sharing whole: SnapshotBytes, from offset: Int) {
    buffer = UnsafeRawBufferPointer(rebasing: whole.buffer[min(offset, whole.buffer.count)...])
    owned = nil
    parent = whole
    mapping = nil
  }

  deinit {
    owned?.deallocate()
    if let mapping, let base = mapping.baseAddress { munmap(base, mapping.count) }
  }
}
