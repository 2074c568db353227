import Evaluation
import Foundation
import Testing

@Suite struct GoldDecodingTests {
    @Test(.enabled(if: FileManager.default.fileExists(atPath: ReferenceScorer.seedGold.path), "needs ../shared/dev/seed-gold.jsonl"))
    func decodesTheSharedSeedGold() throws {
        let gold = try JSONLines.goldDocuments(at: ReferenceScorer.seedGold.path)
        try #require(gold.count == 1)
        let article = gold[0]
        #expect(article.id == "000_8cefabb49d12b7f0")
        #expect(article.date == "2024-01-31")
        #expect(article.sourceURL == nil)
        #expect(article.entities.count == 38)
        #expect(article.affiliations.count == 9)
        #expect(article.quotes.count == 6)
        #expect(article.entities[3] == GoldDocument.Entity(type: "PERSON", names: ["Seymur Nasirov", "Nasirov"]))
        #expect(article.entities.contains { $0.optional })
        #expect(article.affiliations[0] == GoldDocument.Affiliation(
            person: ["Yulduz Ragimov"], org: ["York University", "York University in Canada"], role: .stated("Professor")))
        #expect(article.quotes[1] == GoldDocument.Quote(speaker: ["Yulduz Ragimov"], start: "Thanks to Ilham Aliyev's high leadership"))
        #expect(article.quotes[2].speaker.count == 3)
    }

    @Test func readsTheLooseFormsScorePyAccepts() throws {
        let line = #"""
            {"id": 7, "entities": [{"type": "ORG", "names": "YAP", "optional": 1}, {"type": "PERSON", "name": "Ilgar"}, {"type": "PLACE", "names": null, "name": "Baku"}, {"type": 3, "names": ["x", 5, "y"]}], "affiliations": [{"person": "A", "org": null, "role": ["head", "chairman"]}, {"person": ["B"], "org": ["C"], "role": ""}, {"person": ["B"], "org": ["C"]}], "quotes": [{"speaker": "A", "text": "From text"}, {"speaker": null, "start": null}], "extra": {"ignored": true}}
            """#
        let gold = try JSONLines.decodeGold(Data(line.utf8), file: "g.jsonl")
        let document = try #require(gold.first)
        #expect(document.id == "7")
        #expect(document.date == nil)
        #expect(document.entities == [
            .init(type: "ORG", names: ["YAP"], optional: true),
            .init(type: "PERSON", names: ["Ilgar"]),
            .init(type: "PLACE", names: []),
            .init(type: "", names: ["x", "y"]),
        ])
        #expect(document.affiliations == [
            .init(person: ["A"], org: [], role: .anyOf(["head", "chairman"])),
            .init(person: ["B"], org: ["C"], role: .unstated),
            .init(person: ["B"], org: ["C"], role: .unstated),
        ])
        #expect(document.quotes == [.init(speaker: ["A"], start: "From text"), .init(speaker: [], start: "")])
    }
}

@Suite struct SystemDocumentTests {
    let document = SystemDocument(
        id: "000_8cefabb49d12b7f0", date: nil,
        entities: [.init(type: .person, name: "Seymur Nasirov"), .init(type: .date, name: "2024-01")],
        affiliations: [.init(person: "Seymur Nasirov", org: "Patriot \"Association\"", role: nil)],
        quotes: [.init(speaker: nil, text: "We are proud\nof our President"), .init(speaker: "Seymur Nasirov", text: "Yes")])

    @Test func jsonLineIsTheFormatLineWithNulls() {
        #expect(document.jsonLine == #"""
            {"id": "000_8cefabb49d12b7f0", "date": null, "entities": [{"type": "PERSON", "name": "Seymur Nasirov"}, {"type": "DATE", "name": "2024-01"}], "affiliations": [{"person": "Seymur Nasirov", "org": "Patriot \"Association\"", "role": null}], "quotes": [{"speaker": null, "text": "We are proud\nof our President"}, {"speaker": "Seymur Nasirov", "text": "Yes"}]}
            """#)
    }

    @Test func codableRoundTripsThroughJSONEncoder() throws {
        let data = try JSONEncoder().encode(document)
        let object = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["id", "date", "entities", "affiliations", "quotes"])
        #expect(object["date"] is NSNull)
        let quote = try #require((object["quotes"] as? [[String: Any]])?.first)
        #expect(quote["speaker"] is NSNull)
        #expect(try JSONDecoder().decode(SystemDocument.self, from: data) == document)
        #expect(try JSONDecoder().decode(SystemDocument.self, from: Data(document.jsonLine.utf8)) == document)
    }

    @Test func decodesLooselyAsScorePyReads() throws {
        let line = #"{"id": "x", "entities": [{"type": "MISC", "name": "Q"}, {"name": null}], "affiliations": null, "quotes": [{"speaker": "", "text": null}, {}]}"#
        let decoded = try JSONDecoder().decode(SystemDocument.self, from: Data(line.utf8))
        #expect(decoded == SystemDocument(
            id: "x", date: nil, entities: [.init(type: "MISC", name: "Q"), .init(type: "", name: "")],
            affiliations: [], quotes: [.init(speaker: nil, text: ""), .init(speaker: nil, text: "")]))
    }

    @Test func textWritesOneLinePerDocument() {
        let text = JSONLines.text([document, SystemDocument(id: "b", date: "2024-02-01")])
        #expect(text.split(separator: "\n").count == 2)
        #expect(text.hasSuffix(#"{"id": "b", "date": "2024-02-01", "entities": [], "affiliations": [], "quotes": []}"# + "\n"))
    }
}

@Suite struct JSONLinesErrorTests {
    private func failure(gold text: String) -> JSONLinesError? {
        do {
            _ = try JSONLines.decodeGold(Data(text.utf8), file: "gold.jsonl")
            return nil
        } catch {
            return error as? JSONLinesError
        }
    }

    @Test func badJSONNamesFileAndLine() throws {
        let error = try #require(failure(gold: "{\"id\": \"a\"}\n\n{\"id\": \"b\", \"entities\": [\n"))
        #expect(error.file == "gold.jsonl")
        #expect(error.line == 3)
        #expect(error.description.hasPrefix("gold.jsonl:3: bad JSON in gold file"))
        #expect(!error.description.contains("\n"))
    }

    @Test func lineWithoutIDAndDuplicateIDs() throws {
        #expect(failure(gold: "[1, 2]\n")?.description == "gold.jsonl:1: gold line has no \"id\"")
        #expect(failure(gold: "{\"date\": null}\n")?.description == "gold.jsonl:1: gold line has no \"id\"")
        #expect(failure(gold: "{\"id\": \"a\"}\r\n{\"id\": \"a\"}\r\n")?.description
                == "gold.jsonl:2: duplicate id 'a' in gold file")
    }

    @Test func wrongShapeNamesTheField() throws {
        let error = try #require(failure(gold: #"{"id": "a", "entities": [{"type": "ORG", "names": 5}]}"#))
        #expect(error.line == 1)
        #expect(error.message.contains("entities[0].names"), "\(error)")
    }

    @Test func missingFileIsOneLine() {
        #expect(throws: JSONLinesError(file: "/nonexistent/gold.jsonl", line: nil, message: "no such file")) {
            try JSONLines.goldDocuments(at: "/nonexistent/gold.jsonl")
        }
    }
}
