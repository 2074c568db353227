import Foundation

/// The benchmark's results: one table for people, one JSON object for machines.
struct Report {
    private var rows: [(measure: String, value: String)] = []
    private var fields: [(String, [String: Any])] = []

    mutating func add(_ measure: String, _ value: String, json: [String: Any]) {
        rows.append((measure, value))
        fields.append((measure, json))
    }

    func table() -> String {
        let width = max(7, rows.map(\.measure.count).max() ?? 0)
        func line(_ left: String, _ right: String) -> String {
            "| " + left.padding(toLength: width, withPad: " ", startingAt: 0) + " | " + right + " |\n"
        }
        var text = line("measure", "median (of the repeats)")
        text += "|" + String(repeating: "-", count: width + 2) + "|---|\n"
        for row in rows { text += line(row.measure, row.value) }
        return text
    }

    func json() -> String {
        var object: [String: Any] = [:]
        for (measure, values) in fields { object[measure] = values }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func grouped(_ value: Double) -> String {
        guard value.isFinite else { return "-" }
        var digits = String(Int(value.rounded()))
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        return ([digits] + groups).joined(separator: ",")
    }

    static func fixed(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }

    static func megabytes(_ bytes: Int) -> String {
        fixed(Double(bytes) / 1e6, 1)
    }
}
