/// Small gold/system pairs, each exercising rules of the reference scorer; the lines were printed by
/// Python's `json.dumps(..., ensure_ascii=False)`.
enum Fixtures {
    struct Pair: Sendable, CustomStringConvertible {
        let name: String
        let gold: String
        let system: String
        var description: String { name }
    }

    static let all: [Pair] = [
        Pair(name: "entities", gold: #"""
{"id": "ent-1", "date": "2024-01-31", "source_url": null, "entities": [{"type": "PERSON", "names": ["Seymur Nasirov", "Nasirov"], "optional": false}, {"type": "PERSON", "names": ["Ilgar Mamedov", "Ilgar"], "optional": false}, {"type": "PERSON", "names": ["Peri Mamedova", "Peri"], "optional": false}, {"type": "ORG", "names": ["Coordination Council of Azerbaijanis in America", "Coordination Council of Azerbaijanis"], "optional": false}, {"type": "ORG", "names": ["Dublin Castle"], "optional": true}, {"type": "PLACE", "names": ["UK", "the UK", "United Kingdom"], "optional": false}, {"type": "PLACE", "names": ["Victoria"], "optional": true}, {"type": "PLACE", "names": ["Azerbaijan"], "optional": false}, {"type": "DATE", "names": ["2024-01-31"], "optional": false}, {"type": "DATE", "names": ["1949"], "optional": true}, {"type": "PERSON", "name": "Kamala Aliyeva"}, {"type": "ORG", "names": "AZERTAC", "optional": 1}, {"type": "PLACE", "names": null, "name": "Ignored because names is present"}], "affiliations": [], "quotes": []}
{"id": "ent-2", "date": null, "entities": [{"type": "PERSON", "names": ["Hasanov", "Ali Hasanov"], "optional": false}, {"type": "PERSON", "names": ["Hasanov"], "optional": false}]}
{"id": "ent-3", "entities": [{"type": "ORG", "names": ["X Corp", "Y Corp"], "optional": false}, {"type": "ORG", "names": ["X Corp"], "optional": true}]}
"""#, system: #"""
{"id": "ent-1", "date": "2024-01-31", "entities": [{"type": "PERSON", "name": "Nasirov"}, {"type": "PERSON", "name": "Seymur Nasirov"}, {"type": "PERSON", "name": "ilgar mamedov."}, {"type": "PERSON", "name": "Aliyev"}, {"type": "ORG", "name": "The Coordination Council of Azerbaijanis"}, {"type": "ORG", "name": "Dublin Castle"}, {"type": "ORG", "name": "dublin castle"}, {"type": "PLACE", "name": "The UK"}, {"type": "PLACE", "name": "Victoria"}, {"type": "PLACE", "name": "Baku"}, {"type": "DATE", "name": "2024-01-31"}, {"type": "DATE", "name": "1949"}, {"type": "DATE", "name": "2023"}, {"type": "MISC", "name": "x"}, {"type": "PERSON", "name": null}, {"type": "PERSON", "name": "Kamala Aliyeva"}, {"type": "ORG", "name": "AZERTAC"}, {"type": "PLACE", "name": ""}, {"name": "no type"}], "affiliations": [], "quotes": []}
{"id": "ent-2", "date": null, "entities": [{"type": "PERSON", "name": "Hasanov"}, {"type": "PERSON", "name": "Ali Hasanov"}], "affiliations": [], "quotes": []}
{"id": "ent-3", "date": null, "entities": [{"type": "ORG", "name": "X Corp"}, {"type": "ORG", "name": "Y Corp"}], "affiliations": [], "quotes": []}
"""#),
        Pair(name: "normalization", gold: #"""
{"id": "norm-1", "entities": [{"type": "PERSON", "names": ["Müller"], "optional": false}, {"type": "ORG", "names": ["ＡＺＥＲＴＡＣ"], "optional": false}, {"type": "PLACE", "names": ["Straße"], "optional": false}, {"type": "PERSON", "names": ["ΟΔΥΣΣΕΥΣ"], "optional": false}, {"type": "PERSON", "names": ["Nasirov’s"], "optional": false}, {"type": "PERSON", "names": ["Ali\u001cHasanov"], "optional": false}, {"type": "ORG", "names": ["Société   Générale"], "optional": false}, {"type": "PERSON", "names": ["Jürgen Klopp"], "optional": false}, {"type": "ORG", "names": ["«Trend»"], "optional": false}, {"type": "PLACE", "names": ["ﬁnland"], "optional": false}, {"type": "ORG", "names": ["The  Council"], "optional": false}, {"type": "PERSON", "names": ["İlham"], "optional": false}, {"type": "ORG", "names": ["Ꭰ Cherokee"], "optional": false}], "affiliations": [], "quotes": []}
"""#, system: #"""
{"id": "norm-1", "date": null, "entities": [{"type": "PERSON", "name": "Müller"}, {"type": "ORG", "name": "AZERTAC"}, {"type": "PLACE", "name": "STRASSE"}, {"type": "PERSON", "name": "Οδυσσευς"}, {"type": "PERSON", "name": "NASIROV'S"}, {"type": "PERSON", "name": "Ali Hasanov"}, {"type": "ORG", "name": "société générale"}, {"type": "PERSON", "name": "Jürgen Klopp"}, {"type": "ORG", "name": "\"Trend\""}, {"type": "PLACE", "name": "Finland"}, {"type": "ORG", "name": "council"}, {"type": "PERSON", "name": "i̇lham"}, {"type": "ORG", "name": "ꭰ cherokee"}], "affiliations": [], "quotes": []}
"""#),
        Pair(name: "affiliations", gold: #"""
{"id": "aff-1", "entities": [], "affiliations": [{"person": ["Seymur Nasirov", "Nasirov"], "org": ["Patriot Association of Azerbaijani Diaspora Organizations in Egypt", "Patriot Association"], "role": "Chairman"}, {"person": ["Nira Elgart"], "org": ["Azerbaijani Cultural Association of Victoria"], "role": "secretary"}, {"person": ["Yulduz Ragimov"], "org": ["York University"], "role": null}, {"person": "Farhad Eyyubov", "org": ["Azerbaijan Cultural Society"], "role": ["head", "chairman"]}, {"person": ["Ilgar Mamedov"], "org": ["New Azerbaijan Party", "YAP"], "role": "-"}, {"person": ["Peri Mamedova"], "org": ["YAP"], "role": ["-"]}], "quotes": []}
"""#, system: #"""
{"id": "aff-1", "date": null, "entities": [], "affiliations": [{"person": "Nasirov", "org": "the Patriot Association", "role": "the Chairman"}, {"person": "Nira Elgart", "org": "Azerbaijani Cultural Association of Victoria", "role": "Secretary."}, {"person": "Yulduz Ragimov", "org": "York University", "role": null}, {"person": "Farhad Eyyubov", "org": "Azerbaijan Cultural Society", "role": null}, {"person": "Ilgar Mamedov", "org": "YAP", "role": null}, {"person": "Peri Mamedova", "org": "YAP", "role": null}, {"person": "Nasirov", "org": "Patriot Association", "role": "Chairman"}, {"person": "Kamala Aliyeva", "org": "YAP", "role": "member"}], "quotes": []}
"""#),
        Pair(name: "quotes", gold: #"""
{"id": "quo-1", "entities": [], "affiliations": [], "quotes": [{"speaker": ["Seymur Nasirov", "Nasirov"], "start": "We are proud of our President"}, {"speaker": ["Yulduz Ragimov"], "start": "Thanks"}, {"speaker": ["Azerbaijani Cultural Association of Victoria", "Nira Elgart"], "start": "“Mr. President, you are the main"}, {"speaker": ["X"], "start": ""}, {"speaker": ["Ilham Aliyev"], "start": "Long live"}, {"speaker": "Kamala Aliyeva", "text": "It’s a great day for"}, {"speaker": ["Trend"], "start": null}]}
"""#, system: #"""
{"id": "quo-1", "date": null, "entities": [], "affiliations": [], "quotes": [{"speaker": "Nasirov", "text": "We are proud of our nation and its leader"}, {"speaker": null, "text": "Thanks a lot"}, {"speaker": "Nira Elgart", "text": "\"Mr. President, you are the best"}, {"speaker": "Ilham Aliyev", "text": "Long"}, {"speaker": "", "text": "Long live Azerbaijan"}, {"speaker": "Seymur Nasirov", "text": "We are proud of our nation"}, {"speaker": "Kamala Aliyeva", "text": "It's a great day — for all of us"}, {"speaker": "Trend", "text": ""}, {"speaker": "Nobody"}]}
"""#),
        Pair(name: "articles", gold: #"""
{"id": "b", "entities": [{"type": "PERSON", "names": ["A B"], "optional": false}], "affiliations": [{"person": ["A B"], "org": ["C"], "role": null}], "quotes": [{"speaker": ["A B"], "start": "one two three"}]}

   
{"id": 5, "entities": [{"type": "PLACE", "names": ["Baku"], "optional": false}]}
{"id": "a", "entities": []}
{"id": "Zeta", "entities": [{"type": "DATE", "names": ["2020"], "optional": false}]}
"""#, system: #"""
{"id": "5", "date": null, "entities": [{"type": "PLACE", "name": "Baku"}], "affiliations": [], "quotes": []}
{"id": "zz", "date": null, "entities": [{"type": "PERSON", "name": "Q"}], "affiliations": [], "quotes": []}
{"id": "Zeta", "date": null, "entities": [], "affiliations": [], "quotes": []}
{"id": "a", "date": null, "entities": [], "affiliations": [], "quotes": []}
{"id": "Ä-extra", "date": null, "entities": [], "affiliations": [], "quotes": []}
{"id": "B-extra", "date": null}
{"id": "b-extra"}
"""#),
    ]
}
