import Testing
import Lexicon
@testable import Extraction

/// Where organisations are: one small article per way of stating it, mentions placed by hand.
@Suite("Organisation places")
struct OrgPlaceFinderTests {
    private func links(_ marked: String) -> [String] {
        let built = Fixture.build(marked)
        return OrgPlaceFinder.find(in: built.analysis, lexicon: .shared).map {
            "\(built.name($0.org)) | \(built.name($0.place)) | \($0.evidence.rawValue)"
        }
    }

    @Test func trailingPlaceInsideTheName() {
        let found = links("The [ORG Association of Latvians in [LOC Cork]] held its annual meeting.")
        #expect(found == ["Association of Latvians in Cork | Cork | name"])
    }

    @Test func placeInsideTheNameWithoutInIsNotALocation() {
        let found = links("The [ORG University of [LOC Vienna]] hosted the conference.")
        #expect(found.isEmpty)
    }

    @Test func operatingInAfterTheName() {
        let found = links("The [ORG Moldovan Cultural Society], operating in [LOC Turin], sent an appeal to the president.")
        #expect(found == ["Moldovan Cultural Society | Turin | operating"])
    }

    @Test func organisationDirectlyFollowedByInPlace() {
        let found = links("Members of the [ORG Greek Orthodox Youth League] in [LOC Adelaide] collected 3,000 dollars.")
        #expect(found == ["Greek Orthodox Youth League | Adelaide | operating"])
    }

    @Test func placeBasedOrganisation() {
        let found = links("""
        Families came from [LOC Lyon] and [LOC Grenoble]. She also chairs the Lyon-based [ORG Union of Armenian Parents], which runs two schools.
        """)
        #expect(found == ["Union of Armenian Parents | Lyon | based"])
    }

    @Test func appositiveBasedOrganisation() {
        let found = links("""
        The evening closed with [ORG Lazuri], a Paris-based dance ensemble. Its dancers train in [LOC Paris] twice a week.
        """)
        #expect(found == ["Lazuri | Paris | based"])
    }

    @Test func basedInAfterTheName() {
        let found = links("The [ORG Tajik Migrants' Help Centre], based in [LOC Yekaterinburg], opened a desk.")
        #expect(found == ["Tajik Migrants' Help Centre | Yekaterinburg | based"])
    }

    @Test func aPlaceLaterInTheClauseIsNotTheOrganisationsPlace() {
        let found = links("The [ORG Bulgarian Cultural Club] held its spring fair in [LOC Chicago] on Saturday.")
        #expect(found.isEmpty)
    }
}
