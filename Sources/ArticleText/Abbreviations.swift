/// Words that keep their period as abbreviations, and the words that show a new sentence after an
/// ambiguous one.
enum Abbreviations {
    /// Abbreviations that are always followed by more of the same sentence, mostly titles before a
    /// name: "Mr. President", "Dr. Karimova", "Gen. Mammadov", "e.g. the".
    static let strong: WordSet = [
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col",
        "Sgt", "Capt", "Maj", "Adm", "Cmdr", "Brig", "Hon", "Rev", "Fr", "Mme", "Mlle", "Md", "Mt", "Ft",
        "Pres", "Supt", "Insp", "Sens", "Reps", "vs", "viz", "cf", "approx",
        "MR", "MRS", "MS", "DR", "PROF", "ST", "GEN", "SEN", "REP", "GOV", "LT", "COL",
        // Titles and forms of address as the press of many countries abbreviates them before a name: the
        // professions ("Engr.", "Atty.", "Adv.", "Ing.", "Lic.", "Arq.", "Drs.", "Ir."), offices ("Amb.", "Coun.",
        // "Ald.", "Cllr.", "Sec.", "Usec.", "Asec.", "Cong.", "Dep.", "Asst.", "Assoc.", "Dir."), police and
        // military ranks ("Det.", "Const.", "Cpl.", "Pvt.", "Pte.", "Cdr.", "Sqn.", "Ldr."), clergy ("Msgr.", "Mgr.",
        // "Ven.", "Revd.", "Rt.", "Pr.", "Bro.", "Sis.") and forms of address ("Smt.", "Kum.", "Hj.", "Sra.", "Srta.", "Dra.").
        "Engr", "Atty", "Adv", "Ing", "Lic", "Arq", "Drs", "Ir", "Amb", "Coun", "Ald", "Cllr", "Sec", "Usec",
        "Asec", "Cong", "Dep", "Asst", "Assoc", "Dir", "Det", "Const", "Cpl", "Pvt", "Pte", "Cdr", "Sqn", "Ldr",
        "Msgr", "Mgr", "Ven", "Revd", "Rt", "Pr", "Bro", "Sis", "Smt", "Kum", "Hj", "Sra", "Srta", "Dra",
        // "named after" in the names of Polish and Czech institutions: "Szkoła Sobotnia im. Marii Konopnickiej".
        "im",
    ]

    /// Abbreviations that usually continue the sentence but may end it ("… Smith Jr. The …"):
    /// months, company forms, "No.", "etc.". After them a new sentence starts only with one of
    /// `sentenceStarters`.
    static let weak: WordSet = [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
        "No", "Nos", "Co", "Inc", "Ltd", "Corp", "Bros", "Jr", "Sr", "etc", "Dept", "Univ", "Assn",
        "Ave", "Blvd", "Rd", "Ma", "Mohd", "vol",
        // a retired officer's mark inside the title: "Col. (ret.) Roman Sawchuk", "Capt. (Retd.) Dil Thapa"
        "ret", "Ret", "retd", "Retd",
    ]

    /// Initialisms written with periods that do not end a sentence before a lower-case or
    /// capitalised word other than a sentence starter.
    static let strongInitialisms: WordSet = ["e.g.", "i.e.", "E.g.", "I.e."]

    /// Capitalised words that typically open a sentence; after a weak abbreviation or an initial,
    /// one of them starts a new sentence ("… Holdings Ltd. The company …").
    static let sentenceStarters: WordSet = [
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "We", "They", "I",
        "You", "His", "Her", "Their", "Our", "My", "Your", "In", "On", "At", "But", "And", "Or", "However",
        "Meanwhile", "Also", "According", "After", "Before", "During", "As", "There", "Here", "When",
        "While", "If", "For", "With", "By", "From", "Since", "Earlier", "Later", "Today", "Yesterday",
        "Some", "Many", "Most", "All", "Both", "Each", "Other", "Another", "Such", "Thus", "Then",
        "Now", "Besides", "Moreover", "Furthermore", "Nevertheless", "Still", "Yet", "Among", "Over",
        "Under", "Following", "Last", "Next", "Speaking", "Addressing", "Participants", "Members",
    ]
}
