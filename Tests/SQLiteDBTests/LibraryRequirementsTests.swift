@testable import SQLiteDB
import Testing

@Suite("Library requirements at open time")
struct LibraryRequirementsTests {
    @Test("An SQLite older than 3.37.0 is refused, naming the version found and the one needed")
    func tooOld() throws {
        let error = try #require(throws: SQLiteError.self) {
            try LibraryRequirements.checkVersion(number: 3_036_999, version: "3.36.0")
        }
        #expect(error.message.contains("3.36.0"))
        #expect(error.message.contains("3.37.0"))
        #expect(error.message.contains("STRICT"))
    }

    @Test("3.37.0 and later are accepted", arguments: [(Int32(3_037_000), "3.37.0"), (3_045_001, "3.45.1")])
    func recentEnough(number: Int32, version: String) throws {
        try LibraryRequirements.checkVersion(number: number, version: version)
    }

    @Test("A library without FTS5 is refused, naming FTS5 and the version")
    func missingFTS5() throws {
        let error = try #require(throws: SQLiteError.self) {
            try LibraryRequirements.checkFTS5(available: false, version: "3.40.1")
        }
        #expect(error.message.contains("FTS5"))
        #expect(error.message.contains("3.40.1"))
        try LibraryRequirements.checkFTS5(available: true, version: "3.40.1")
    }
}
