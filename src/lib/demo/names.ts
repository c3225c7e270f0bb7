// Fictional first-name pseudonyms. Excluded: every name in the article excerpts (Sara, Karen, Lars,
// Juna, Rebekka, Trine, Sandra, Line, Mille, Fie, Susan, Mona, Erik, Carmen) and every person in the
// vignettes (Kira, Louise, Birthe, Thomas, Sofie, Ella, Mikkel, Anja, Freja, Hanne, Oliver, Jonas,
// Pernille, Kenneth, Noah, Ida, Dennis, Jeanette).

export const NAMES_2024: readonly string[] = [
	'Anne', 'Mads', 'Camilla', 'Julie', 'Cecilie', 'Maria', 'Laura', 'Maja', 'Amalie', 'Signe',
	'Stine', 'Mathilde', 'Katrine', 'Frederikke', 'Josefine', 'Malene', 'Christina', 'Tanja', 'Nadia',
	'Sidsel', 'Astrid', 'Marie', 'Rasmus', 'Simon', 'Kasper', 'Anders', 'Jakob', 'Emil', 'Mette',
	'Rikke', 'Lotte', 'Charlotte', 'Maiken', 'Nina', 'Ditte', 'Johanne', 'Sanne', 'Yasmin', 'Nikolaj',
	'Martin', 'Helene', 'Tobias', 'Kristine', 'Birgitte', 'Eva'
];

export const NAMES_2002: readonly string[] = [
	'Birgit', 'Jette', 'Lone', 'Bente', 'Inge', 'Kirsten', 'Annette', 'Henrik', 'Jens', 'Poul', 'Ole',
	'Torben', 'Vibeke', 'Dorthe', 'Merete', 'Gitte', 'Pia', 'Tove', 'Else', 'Grethe', 'Ulla', 'Helle',
	'Kim', 'Jørgen', 'Bodil', 'Ruth', 'Aase', 'Connie', 'Winnie', 'Lisbeth', 'Jytte', 'Anni', 'Ingrid',
	'Bo', 'Søren', 'Niels', 'Peter', 'Carsten', 'Steen', 'Morten', 'Flemming', 'Hans', 'Elsebeth',
	'Solveig', 'Ellen', 'Lise', 'Britt', 'Margit', 'Marianne', 'Jane', 'Gunhild', 'Erling', 'Preben',
	'Leif', 'Kurt', 'Lene', 'Dorte', 'Tina', 'Knud'
];
