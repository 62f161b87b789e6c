/// ISO-8601 times in UTC, for the review log, the snapshot and `LLMNOTES_NOW`, without
/// Foundation: days from the civil date by Howard Hinnant's algorithm.
public enum Timestamp {
  /// `2022-11-29T12:30:00Z`, with milliseconds when the time has them.
  public static func format(_ seconds: Double) -> String {
    let millis = Int((seconds * 1000).rounded(.toNearestOrEven))
    let (wholeSeconds, fraction) = floorDivide(millis, 1000)
    let (days, secondOfDay) = floorDivide(wholeSeconds, 86_400)
    let (year, month, day) = civil(fromDays: days)
    var text =
      "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondOfDay / 3600, 2)):"
      + "\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))"
    if fraction != 0 { text += "." + pad(fraction, 3) }
    return text + "Z"
  }

  /// The day (`2022-11-29`) of a time, in UTC.
  public static func day(_ seconds: Double) -> String { String(format(seconds).prefix(10)) }

  /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fff]]` with `Z`, `±HH:MM` or no zone (UTC).
  public static func parse(_ text: String) -> Double? {
    let bytes = Array(text.utf8)
    var index = 0
    func digits(_ count: Int) -> Int? {
      guard bytes.count - index >= count else { return nil }
      var value = 0
      for byte in bytes[index..<index + count] {
        guard (0x30...0x39).contains(byte) else { return nil }
        value = value * 10 + Int(byte - 0x30)
      }
      index += count
      return value
    }
    func take(_ character: Character) -> Bool {
      guard index < bytes.count, let ascii = character.asciiValue, bytes[index] == ascii else {
        return false
      }
      index += 1
      return true
    }
    guard let year = digits(4), take("-"), let month = digits(2), take("-"),
      let day = digits(2), (1...12).contains(month), (1...daysIn(month, year)).contains(day)
    else { return nil }
    var seconds = Double(days(fromCivil: year, month, day)) * 86_400
    if index == bytes.count { return seconds }
    guard take("T") || take(" "), let hour = digits(2), take(":"), let minute = digits(2),
      hour < 24, minute < 60
    else { return nil }
    seconds += Double(hour * 3600 + minute * 60)
    if take(":") {
      guard let second = digits(2), second < 61 else { return nil }
      seconds += Double(second)
      if take(".") || take(",") {
        var scale = 0.1
        let start = index
        while index < bytes.count, (0x30...0x39).contains(bytes[index]) {
          seconds += Double(bytes[index] - 0x30) * scale
          scale /= 10
          index += 1
        }
        guard index > start else { return nil }
      }
    }
    if index == bytes.count || take("Z") || take("z") {
      return index == bytes.count ? seconds : nil
    }
    let sign: Double
    if take("+") { sign = 1 } else if take("-") { sign = -1 } else { return nil }
    guard let offsetHours = digits(2) else { return nil }
    _ = take(":")
    let offsetMinutes = digits(2) ?? 0
    guard index == bytes.count, offsetHours < 24, offsetMinutes < 60 else { return nil }
    return seconds - sign * Double(offsetHours * 3600 + offsetMinutes * 60)
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }

  private static func floorDivide(_ value: Int, _ divisor: Int) -> (Int, Int) {
    let quotient = Int((Double(value) / Double(divisor)).rounded(.down))
    return (quotient, value - quotient * divisor)
  }

  private static func daysIn(_ month: Int, _ year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  static func civil(fromDays days: Int) -> (Int, Int, Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthPart = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthPart + 2) / 5 + 1
    let month = monthPart < 10 ? monthPart + 3 : monthPart - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}
