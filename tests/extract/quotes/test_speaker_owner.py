"""Speakers who act for someone else, and tags that are no tags (seismo.quotes.v30): a name
that owns the speaker phrase's head or follows its preposition ("Ana Ruiz's campaign", "a
lawyer for Tom Reyes") names whom the speaker acts for, not the speaker, unless the head is the
owner's words ("Ana Ruiz's address"); a pronoun after "X's office said" stands for X; a speech
verb negated or refused ("did not respond", "declined to comment") tags no quotation; and the
sentence after a quotation that ends a sentence begun before it is never its tag.  Sentences
written for these tests."""

from __future__ import annotations


def one(quotes, words: str, kind: str | None = None):
    found = [q for q in quotes if words in q.text and kind in (None, q.kind)]
    assert len(found) == 1, [(q.kind, q.text) for q in quotes]
    return found[0]


def test_a_campaign_speaks_for_itself_not_as_its_candidate(quotes_of):
    quotes = quotes_of(
        "\u201cWe will win Arizona,\u201d Ana Ruiz told supporters in Tucson on Monday. Later, Mrs. Ruiz's campaign "
        "said in a statement: \u201cThe senator will not take part in a debate run by partisan hosts.\u201d"
    )
    assert one(quotes, "win Arizona").speaker.name == "Ana Ruiz"
    q = one(quotes, "partisan hosts")
    assert q.speaker is not None and q.speaker.text == "Mrs. Ruiz's campaign"
    assert q.speaker.name is None


def test_a_lawyer_for_someone_is_not_that_someone(quotes_of):
    quotes = quotes_of(
        "\u201cI did nothing wrong,\u201d Tom Reyes told the court on Friday. "
        "\u201cThe charges will be dropped within a month,\u201d a lawyer for Tom Reyes told reporters."
    )
    assert one(quotes, "did nothing wrong").speaker.name == "Tom Reyes"
    lawyer = one(quotes, "charges will be dropped").speaker
    assert lawyer.text == "a lawyer for Tom Reyes" and lawyer.name is None


def test_an_address_is_its_owners_words(quotes_of):
    quotes = quotes_of(
        "Governor Lina Haddad gave a speech in Amman. Lina Haddad's address ended with a promise: "
        "\u201cEvery school will have heating before the winter comes.\u201d"
    )
    assert one(quotes, "heating before the winter").speaker.name == "Lina Haddad"


def test_a_pronoun_after_an_office_stands_for_the_officeholder(quotes_of):
    quotes = quotes_of(
        "In Lima, President Rosa Quispe's office said she had ordered \u201cevery spare helicopter\u201d "
        "to fly to the flooded valleys."
    )
    q = one(quotes, "every spare helicopter", "direct")
    assert q.speaker.text == "she" and q.speaker.name == "Rosa Quispe"


def test_a_refusal_to_speak_tags_no_quotation(quotes_of):
    quotes = quotes_of("\u201cThe new tariffs will cost every farmer dearly.\u201d The trade ministry did not respond.")
    speaker = one(quotes, "cost every farmer").speaker
    assert speaker is None or "ministry" not in speaker.text


def test_the_sentence_after_a_quotation_ending_a_longer_sentence_is_no_tag(quotes_of):
    quotes = quotes_of(
        "The union said on Sunday that its members \u201cwill not return to work\u201d or "
        "\u201caccept any deal that cuts their pensions.\u201d A harbour board representative declined to comment."
    )
    q = one(quotes, "cuts their pensions")
    assert q.speaker is not None and q.speaker.text == "The union"


def test_a_refusal_to_say_more_leaves_the_quotation_its_speakers(quotes_of):
    quotes = quotes_of("\u201cThe brakes failed on the hill.\u201d The bus driver would not say more.")
    speaker = one(quotes, "brakes failed", "direct").speaker
    assert speaker is not None and speaker.text == "The bus driver"


def test_the_office_of_someone_stands_for_them_for_a_later_pronoun(quotes_of):
    quotes = quotes_of("The office of Governor Rosa Quispe said the bridge would reopen. "
                       "She told reporters the repairs had cost too much.")
    assert one(quotes, "repairs had cost", "indirect").speaker.name == "Rosa Quispe"


def test_a_judges_ruling_is_the_judges_words(quotes_of):
    quotes = quotes_of("Judge Amara Okoye's ruling said the curfew \u201cgoes far beyond what the emergency requires.\u201d")
    assert one(quotes, "far beyond", "direct").speaker.name == "Amara Okoye"


def test_people_who_share_a_surname_stay_apart(quotes_of):
    quotes = quotes_of(
        "\u201cThe plant will stay open,\u201d Maria Lopez said on Monday. Mrs. Lopez visited the site.\n\n"
        "Her husband, Carlos Lopez, a former minister, was less sure. "
        "\u201cNothing is settled yet,\u201d Mr. Lopez said. \u201cWe will know in May,\u201d Mrs. Lopez added."
    )
    assert one(quotes, "stay open", "direct").speaker.name == "Maria Lopez"
    assert one(quotes, "Nothing is settled", "direct").speaker.name == "Carlos Lopez"
    assert one(quotes, "know in May", "direct").speaker.name == "Maria Lopez"
