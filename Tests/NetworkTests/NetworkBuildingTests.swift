import Index
import Network
import Testing

/// The network read from an index, and the spokespeople filters on it.
@Suite struct NetworkBuildingTests {
    let fixture: NetworkFixture

    init() throws {
        fixture = try NetworkFixture()
    }

    private func edge(_ network: EntityNetwork, _ source: String, _ target: String) -> NetworkEdge? {
        network.edges.first { $0.source == source && $0.target == target }
    }

    @Test func unfilteredNetworkHasEveryAffiliationAndOrganisationPlace() throws {
        defer { fixture.directory.remove() }
        let network = try fixture.network()
        #expect(network.nodes.map(\.id) == ["person-1", "person-2", "organization-4", "organization-3", "place-6", "place-5"])
        #expect(network.nodes.map(\.kind) == [.person, .person, .organization, .organization, .place, .place])
        #expect(network.nodes.map(\.label) == ["Seymur Nasirov", NetworkFixture.oddName, "Cultural Society", "Patriot Association",
                                               "Edmonton", "Egypt"])
        let chairman = try #require(edge(network, "person-1", "organization-3"))
        #expect(chairman.relation == .affiliation)
        #expect(chairman.articles == 2, "two articles, though article 2 states two roles")
        #expect(chairman.labels == ["chairman", "head"], "most frequent role first")
        #expect(edge(network, "person-2", "organization-4")?.articles == 1)
        #expect(edge(network, "organization-3", "place-5")?.labels == ["in its name"])
        #expect(edge(network, "organization-4", "place-6")?.labels == ["based in"])
        #expect(network.edges.map(\.relation) == [.affiliation, .affiliation, .location, .location])
        #expect(network.edges.first?.source == "person-1", "heaviest edge first")
    }

    @Test func personFilterMatchesAnyAlias() throws {
        defer { fixture.directory.remove() }
        let network = try fixture.network(QueryFilters(person: "NASIROV"))
        #expect(network.nodes.map(\.label) == ["Seymur Nasirov", "Patriot Association", "Egypt"])
        #expect(network.edges.count == 2)
    }

    @Test func organisationFilter() throws {
        defer { fixture.directory.remove() }
        let network = try fixture.network(QueryFilters(organization: "cultural society"))
        #expect(network.nodes.map(\.label) == [NetworkFixture.oddName, "Cultural Society", "Edmonton"])
    }

    @Test func placeFilterKeepsOrganisationsAtThatPlace() throws {
        defer { fixture.directory.remove() }
        let network = try fixture.network(QueryFilters(place: "Égypt"))
        #expect(network.nodes.map(\.label) == ["Seymur Nasirov", "Patriot Association", "Egypt"])
    }

    @Test func dateFiltersCountOnlyArticlesInRange() throws {
        defer { fixture.directory.remove() }
        let early = try fixture.network(QueryFilters(to: "2024-01-31"))
        #expect(early.nodes.map(\.label) == ["Seymur Nasirov", "Patriot Association", "Egypt"])
        #expect(edge(early, "person-1", "organization-3")?.articles == 1)
        #expect(edge(early, "person-1", "organization-3")?.labels == ["chairman"])

        let late = try fixture.network(QueryFilters(from: "2025-01-01"))
        #expect(late.nodes.map(\.label) == [NetworkFixture.oddName, "Cultural Society", "Edmonton"])

        let spring = try fixture.network(QueryFilters(from: "2024-02-01", to: "2024-12-31"))
        #expect(spring.nodes.map(\.label) == ["Seymur Nasirov", "Patriot Association"],
                "the association's place is stated only in article 1, outside the dates")
    }

    @Test func filtersMatchingNothingGiveAnEmptyNetwork() throws {
        defer { fixture.directory.remove() }
        let network = try fixture.network(QueryFilters(person: "nobody at all"))
        #expect(network.isEmpty)
        #expect(network.edges.isEmpty)
    }
}
