import Foundation
import NameTagger

/// Writes agency-news articles of about 600 words: a dated header and dateline, then paragraphs about
/// diaspora organisations, the people who hold roles in them, what they said and when, as dense in names,
/// roles, quotes and dates as the seed article.
///
/// The cast is drawn from pools that grow with the corpus (people, organisations), so entity reuse across
/// articles stays realistic at 100,000 articles. Article `n` depends only on `n` and the gazetteer.
struct CorpusGenerator {
    private let gazetteer: Gazetteer
    private let people: [String]
    private let organizations: [(name: String, country: Gazetteer.Country, city: String)]

    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                                 "September", "October", "November", "December"]
    private static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    private static let agencies = ["Caspian News Agency", "Meridian Press Agency", "Eastbridge News Service", "Capital Broadcasting Company"]
    private static let roles = ["Chairman", "President", "head", "Secretary", "Director", "founder", "spokesman",
                                "Vice President", "co-founder"]
    private static let events = ["its annual congress", "a round table on the upcoming election", "a forum of community leaders",
                                 "a commemorative evening", "a conference on cultural heritage", "a charity concert",
                                 "an extraordinary meeting of its board", "a photo exhibition"]
    private static let quoteOpenings = [
        "Our community has grown stronger every year", "We stand together with our compatriots at home",
        "This meeting shows that our young people care about their roots", "We will never forget the victims of that tragedy",
        "The diaspora is a bridge between our two countries", "Our schools need more teachers and more books",
        "We call on the international community to act", "Today we celebrate the achievements of our people",
        "The cooperation between our organizations has opened new opportunities",
        "We are proud of what our volunteers have done",
    ]
    private static let quoteEndings = [
        "and we will continue this work in the years to come", "because unity is the source of our strength",
        "and I thank every member who made it possible", "so that the next generation keeps our language alive",
        "and we expect the authorities to support these efforts", "as our founders wished when they began",
        "which is the best answer to those who doubt us", "and we invite everyone to join us next year",
    ]
    private static let speechVerbs = ["said", "noted", "stressed", "emphasized", "told reporters", "added"]
    private static let culturalWords = ["Cultural", "Youth", "Community", "Friendship", "Heritage", "Education"]
    private static let federationHeads = ["Council", "Union", "Federation", "Congress", "Confederation"]
    private static let associationHeads = ["Association", "Society", "Foundation", "Center", "Alliance"]

    init(gazetteer: Gazetteer, articles: Int) {
        self.gazetteer = gazetteer
        var random = SplitMix64(seed: 0x6E65_7773_6465_7821)
        let peopleCount = 2_000 + articles / 8
        var people: [String] = []
        var seen = Set<String>()
        while people.count < peopleCount {
            let name = gazetteer.givenNames.randomElement(using: &random)! + " " + gazetteer.surnames.randomElement(using: &random)!
            if seen.insert(name).inserted { people.append(name) }
        }
        self.people = people
        let withDemonym = gazetteer.countries.filter { $0.demonym != nil }
        let federations = Self.federationHeads.filter { gazetteer.orgHeads.contains($0.lowercased()) }
        let associations = Self.associationHeads.filter { gazetteer.orgHeads.contains($0.lowercased()) }
        var organizations: [(String, Gazetteer.Country, String)] = []
        seen.removeAll()
        while organizations.count < 600 + articles / 40 {
            let home = withDemonym.randomElement(using: &random)!
            let demonym = home.demonym!
            let (city, host) = gazetteer.cities.randomElement(using: &random)!
            let name: String
            switch Int.random(in: 0..<4, using: &random) {
            case 0: name = "\(demonym) \(Self.culturalWords.randomElement(using: &random)!) \(associations.randomElement(using: &random)!) of \(city)"
            case 1: name = "\(federations.randomElement(using: &random)!) of \(demonym) Associations in \(host.name)"
            case 2: name = "\(home.name)-\(host.name) \(Self.culturalWords.randomElement(using: &random)!) Society"
            default: name = "\(city) \(demonym) Community \(associations.randomElement(using: &random)!)"
            }
            if seen.insert(name).inserted { organizations.append((name, host, city)) }
        }
        self.organizations = organizations
    }

    /// The text of article `number`, header included.
    func article(_ number: Int) -> String {
        var random = SplitMix64(seed: UInt64(number) &* 0x2545_F491_4F6C_DD1D &+ 17)
        func pick<T>(_ items: [T]) -> T { items.randomElement(using: &random)! }
        let year = 2019 + number % 6
        let month = 1 + Int.random(in: 0..<12, using: &random)
        let day = 1 + Int.random(in: 0..<28, using: &random)
        let cast = (0..<6).map { _ in pick(people) }
        let orgs = (0..<3).map { _ in pick(organizations) }
        let home = orgs[0].country
        let datelineCity = orgs[0].city
        func surname(_ person: String) -> String { String(person.split(separator: " ").last!) }
        func date() -> String {
            switch Int.random(in: 0..<4, using: &random) {
            case 0: return "on \(pick(Self.weekdays))"
            case 1: return "on \(Self.months[Int.random(in: 0..<12, using: &random)]) \(1 + Int.random(in: 0..<28, using: &random)), \(year)"
            case 2: return "in \(Self.months[Int.random(in: 0..<12, using: &random)]) \(year - 1)"
            default: return "on \(1 + Int.random(in: 0..<28, using: &random)) \(Self.months[Int.random(in: 0..<12, using: &random)])"
            }
        }
        func quote() -> String { "\(pick(Self.quoteOpenings)), \(pick(Self.quoteEndings))" }

        var paragraphs: [String] = []
        paragraphs.append(" date \(year)-\(Self.twoDigits(month))-\(Self.twoDigits(day)) \(datelineCity.uppercased()), "
            + "\(home.name), \(Self.months[month - 1]) \(day). The \(orgs[0].name) held \(pick(Self.events)) in "
            + "\(datelineCity) \(date()), \(pick(Self.agencies)) reports. Representatives of the \(orgs[1].name) and the "
            + "\(orgs[2].name) took part in the event, which gathered more than \(50 + Int.random(in: 0..<400, using: &random)) guests.")
        let templates: [() -> String] = [
            { "\(Self.capitalizedFirst(pick(Self.roles))) of the \(orgs[0].name) \(cast[0]) opened the meeting and spoke about the history of the community in \(orgs[0].city)." },
            { "\"\(quote()),\" \(surname(cast[0])) \(pick(Self.speechVerbs))." },
            { "\(cast[1]), \(pick(Self.roles).lowercased()) of the \(orgs[1].name), said the organization had been founded \(date()) by a group of students and now unites more than \(100 + Int.random(in: 0..<900, using: &random)) families across \(orgs[1].country.name)." },
            { "\"\(quote()). \(quote()),\" \(cast[1]) \(pick(Self.speechVerbs)) \(date())." },
            { "The \(orgs[2].name), operating in \(orgs[2].city), sent a message of support signed by its \(pick(Self.roles).lowercased()) \(cast[2]). The message recalled the meeting held \(date()) and thanked the hosts." },
            { "According to \(surname(cast[2])), \"\(quote()).\"" },
            { "Professor \(cast[3]) of the University of \(pick(gazetteer.cities).name) presented a study of \(home.demonym ?? home.name) communities in \(pick(gazetteer.countries).name) and \(pick(gazetteer.countries).name), prepared together with the \(orgs[0].name)." },
            { "\"\(quote()),\" the professor \(pick(Self.speechVerbs)). \(surname(cast[3])) added that the next conference will take place in \(pick(gazetteer.cities).name) \(date())." },
            { "Member of Parliament \(cast[4]) and the ambassador of \(home.name) to \(orgs[1].country.name), \(cast[5]), also addressed the participants. \(surname(cast[5])) handed diplomas to \(3 + Int.random(in: 0..<20, using: &random)) volunteers of the \(orgs[1].name)." },
            { "\"\(quote()),\" \(surname(cast[4])) \(pick(Self.speechVerbs)), recalling the first congress of the diaspora held in \(pick(gazetteer.cities).name) \(date())." },
            { "In a statement issued \(date()), the \(orgs[0].name) said that \(cast[0]) had been re-elected as its \(pick(Self.roles).lowercased()) for another three years, while \(cast[2]) will serve as \(pick(Self.roles).lowercased())." },
            { "The event ended with a concert by young musicians from \(pick(gazetteer.cities).name) and \(orgs[0].city). The organizers thanked the municipality of \(orgs[0].city) and the embassy of \(home.name) for their help." },
            { "Earlier, \(date()), delegations of the \(orgs[1].name) visited \(pick(gazetteer.countries).name) and met with \(cast[4]) and representatives of local authorities." },
            { "\"We are \(pick(["grateful", "proud", "happy", "honoured"])) to host our friends from \(orgs[2].city),\" said \(cast[1]). \"\(quote()).\"" },
        ]
        var words = paragraphs[0].split(separator: " ").count
        var order = Array(templates.indices)
        order.shuffle(using: &random)
        var cursor = 0
        while words < 600 {
            let paragraph = templates[order[cursor % order.count]]()
            cursor += 1
            words += paragraph.split(separator: " ").count
            paragraphs.append(paragraph)
        }
        return paragraphs.joined(separator: "\n\n") + "\n"
    }

    private static func capitalizedFirst(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
