"""Newspapers, journals and radio of the period, by the names documents use for them.

A table, not a rule: a name here is a periodical wherever it stands ('Le Monde
wrote'); any other periodical is found by its kind ('the weekly X', 'the journal
"X"'). Party and government papers of the socialist states, their theoretical
journals, and the Western papers they quote most.
"""

PERIODICALS: tuple[str, ...] = (
    # USSR
    "Pravda", "Izvestia", "Izvestiya", "Trud", "Krasnaya Zvezda", "Literaturnaya Gazeta", "Kommunist",
    "Novoe Vremya", "New Times", "Komsomolskaya Pravda",
    # Central and Eastern Europe
    "Neues Deutschland", "Junge Welt", "Horizont", "Trybuna Ludu", "Polityka", "Życie Warszawy", "Zycie Warszawy",
    "Tygodnik Solidarność", "Tygodnik Solidarnosc", "Tygodnik Powszechny", "Rudé právo", "Rude Pravo",
    "Pravda (Bratislava)",
    "Népszabadság", "Nepszabadsag", "Népszava", "Magyar Nemzet", "Scînteia", "Scinteia", "Rabotnichesko Delo",
    "Borba", "Politika", "Zëri i Popullit", "Zeri i Popullit",
    # Asia and Cuba
    "Renmin Ribao", "People’s Daily", "People's Daily", "Hongqi", "Red Flag", "Nhan Dan", "Rodong Sinmun", "Granma",
    # international communist press
    "Problems of Peace and Socialism", "World Marxist Review", "L’Humanité", "Humanité", "Humanite",
    "Nouvelle Humanite",
    "L’Unità", "Unità",
    # Western press
    "Le Monde", "Le Figaro", "The Times", "New York Times", "The New York Times", "Washington Post", "Der Spiegel",
    "Die Welt", "Frankfurter Allgemeine Zeitung", "Neue Zürcher Zeitung", "The Guardian", "Le Soir",
)
