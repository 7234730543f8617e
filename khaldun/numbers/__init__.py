"""numbers stage: numbers in digits and words, and casualty/arrest counts with their kind.

`find_counts(text)` returns `Count`s in text order; offsets are those of the number (or of
"no one", "a journalist" for zero and singular counts). Choices:

- kind from the words after the number ("13 people were killed", "53 killed by", "13
  dead") or, failing that, before it ("killing at least 13", "the toll rose to 20",
  "bodies of 30", "wounded another 20"); "killed and wounded"/"casualties" is kind "other".
- a number followed by an active verb and its object ("3 gunmen killed 12") is the agent,
  not a count; "killing 13 of them" is the toll, not a subset.
- list items inherit the kind ("46 civilians in A, 25 in B and 17 more in C"), flagged
  `continues`; a new verb or clause ("while", "raped", "said") ends the list.
- `subset` marks counts inside "including ...", "among them ...", "two of them children":
  parts of the count before, not to be added.
- ranges fold into one count: "between 7 and 10", "8 to 30", "4, possibly 5" give
  value 7/8/4 with `high` 10/30/5 and approximate=True.
- `at_least` for "at least", "more than", "over", "or more"; `approximate` for "about",
  "nearly", "some", "up to"; vague plurals ("dozens" 12, "scores" 20, "hundreds" 100,
  "thousands" 1000) are counts with `vague=True` and that floor as value, while
  `parse_number("dozens")` is None. "several"/"many" are not counts.
- zero: "no one was killed", "nobody was hurt", "no casualties" give a killed count of 0;
  "no one was injured" a wounded 0; "no (immediate) reports of casualties" a killed 0 with
  approximate=True (the source could not confirm).
- victims named around a killing verb are counted (victims.py reads the verbs,
  victim_list.py the lists): singular and named victims count 1 ("a journalist was shot
  dead", "gunmen killed an officer",
  "X, a radio journalist, was shot dead", "the body of X was found", "killing him",
  "killed principal of a school"); a list of victims counts its sum ("killed a pastor, a
  teacher and 18 other persons" 20, "X and his driver were shot dead" 2, "was killed with
  his wife and two children" 4). The list total is one Count spanning the list; numeric
  items inside it become subsets. "X, a teacher," is one person; "a journalist and
  activist" is one person, "a soldier and civilian" two. A breakdown ("five members of
  one family, a mother and four children") is not added to its total.
- the attacker's own death is not a victim: "killing himself, two other bombers and six
  people" counts 6, and "a suicide bomber" (or gunman, attacker) listed among the dead is
  left out of a list's sum.
- "was killed"/"has been killed" with a singular subject the list cannot read still counts
  1, unless the subject is "no one", "anyone" or a relative pronoun; "had been" is neutral.
  "was shot" counts 1 unless the sentence speaks of injuries ("shot in the leg", "injured
  when he was shot") or "shot down"; plain "shot" with a number ("shot 3 men") is not a
  killing.
- "abducted nine farmers and shot them dead" makes the nine a killed count too.
- never counts: years, dates, times, ages ("a 12-year-old", "aged 12"), percentages,
  distances, calibres, money, compound adjectives ("three-day"), unit numbers
  ("Brigade 17", "Su-24") and "one of the ...".
"""

from khaldun.numbers.counts import Count
from khaldun.numbers.find import find_counts
from khaldun.numbers.lexicon import toll_victims, victim_class
from khaldun.numbers.words import find_numbers, parse_number

__all__ = [
    "Count", "find_counts", "find_numbers", "parse_number", "toll_victims", "victim_class",
]
