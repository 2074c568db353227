/// A short agency-style article written for these tests (header, dateline, quotes, titles,
/// abbreviations, possessives, dates, a headline-like last paragraph).
enum Fixtures {
    static let article = """
         date 2023-11-20 ISTANBUL, Türkiye, November 20. Representatives of Azerbaijani and Uzbek \
        diaspora organisations in Türkiye gathered in Istanbul on Sunday to discuss joint cultural projects, \
        Report.az informs.

        The meeting was hosted by the Istanbul Azerbaijani Cultural Centre (IACC) and chaired by its \
        president Dr. Leyla Huseynova.

        "Our communities share a language family, a history and many friends. We must act together, \
        not in parallel," Huseynova said. She added that the centre's library now holds more than 4,000 books.

        Prof. Bakhtiyor Rakhimov of Marmara University noted that Uzbek students in Istanbul had founded \
        the Uzbek-Turkish Youth Forum in 2019.

        "We started with eleven people in a rented room. Today we have branches in Ankara, Izmir and \
        Bursa!" he emphasized.

        The participants recalled that the first joint festival took place on October 28 in the Fatih \
        district. The next festival will be held on December 2, organisers said.

        Mr. Rakhimov's deputy, Sardor Aliyev, presented a report on the U.S. and E.U. grant programmes.

        Photo: IACC press service
        """

    /// The sentences `article` must split into, in order.
    static let sentences = [
        "ISTANBUL, Türkiye, November 20.",
        "Representatives of Azerbaijani and Uzbek diaspora organisations in Türkiye gathered in Istanbul "
            + "on Sunday to discuss joint cultural projects, Report.az informs.",
        "The meeting was hosted by the Istanbul Azerbaijani Cultural Centre (IACC) and chaired by its "
            + "president Dr. Leyla Huseynova.",
        "\"Our communities share a language family, a history and many friends.",
        "We must act together, not in parallel,\" Huseynova said.",
        "She added that the centre's library now holds more than 4,000 books.",
        "Prof. Bakhtiyor Rakhimov of Marmara University noted that Uzbek students in Istanbul had founded "
            + "the Uzbek-Turkish Youth Forum in 2019.",
        "\"We started with eleven people in a rented room.",
        "Today we have branches in Ankara, Izmir and Bursa!\" he emphasized.",
        "The participants recalled that the first joint festival took place on October 28 in the Fatih district.",
        "The next festival will be held on December 2, organisers said.",
        "Mr. Rakhimov's deputy, Sardor Aliyev, presented a report on the U.S. and E.U. grant programmes.",
        "Photo: IACC press service",
    ]
}
