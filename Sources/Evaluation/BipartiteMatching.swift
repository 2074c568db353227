/// Maximum bipartite matching between predictions and gold items, by augmenting paths (Kuhn's
/// algorithm), visiting in exactly the order of score.py's `max_matching`.
///
/// The size of a maximum matching does not depend on the order, but which predictions stay unmatched
/// can, and that decides whether a leftover prediction is ignored (it names an optional entity) or a
/// false alarm, and which pairs are checked for role agreement. Following the reference's order keeps
/// every count equal to its.
///
/// ```swift
/// // prediction 0 fits gold 0 and 1, prediction 1 fits gold 0 only: greedy would stop at one pair.
/// let edges = [[true, true], [true, false]]
/// BipartiteMatching.maximum(predictions: 2, gold: 2) { edges[$0][$1] }   // [1, 0]
/// ```
///
/// - Complexity: O(P · E) for P predictions and E edges.
enum BipartiteMatching {
    /// For each prediction, the gold item it is matched with, or nil.
    static func maximum(predictions: Int, gold: Int, edge: (Int, Int) -> Bool) -> [Int?] {
        let adjacency = (0..<predictions).map { i in (0..<gold).filter { j in edge(i, j) } }
        var predictionOfGold = [Int?](repeating: nil, count: gold)
        var seen = [Bool](repeating: false, count: gold)

        func augment(_ i: Int) -> Bool {
            for j in adjacency[i] where !seen[j] {
                seen[j] = true
                if let holder = predictionOfGold[j], !augment(holder) { continue }
                predictionOfGold[j] = i
                return true
            }
            return false
        }

        for i in 0..<predictions where !adjacency[i].isEmpty {
            for j in seen.indices { seen[j] = false }
            _ = augment(i)
        }
        var goldOfPrediction = [Int?](repeating: nil, count: predictions)
        for (j, i) in predictionOfGold.enumerated() {
            if let i { goldOfPrediction[i] = j }
        }
        return goldOfPrediction
    }
}
