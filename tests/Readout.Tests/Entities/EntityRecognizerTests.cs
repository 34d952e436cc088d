using Readout.Entities;
using Readout.Stories;

namespace Readout.Tests.Entities;

public class EntityRecognizerTests
{
    [Fact]
    public void Listed_aliases_and_the_surname_alone_are_one_person()
    {
        var read = EntityTestText.Read("Sergei Lavrov met the envoy on Tuesday. Lavrov later spoke to the press.");

        var lavrov = read.Layer.Single("Sergey Lavrov");
        Assert.Equal(["Sergei Lavrov", "Lavrov"], lavrov.Aliases.AsEnumerable());
        Assert.Equal("RU", lavrov.Country);
        Assert.Equal("foreign minister", lavrov.Role);
    }

    [Fact]
    public void Russian_names_in_any_case_reach_the_known_person()
    {
        var read = EntityTestText.Read("Владимир Путин поговорил с Олафом Шольцем. Разговор Путина и Шольца продлился час.");

        Assert.Equal("Vladimir Putin", read.At("Владимир Путин")?.Name);
        Assert.Equal("Vladimir Putin", read.At("Путина")?.Name);
        Assert.Equal("Olaf Scholz", read.At("Олафом Шольцем")?.Name);
        Assert.Equal("Olaf Scholz", read.At("Шольца")?.Name);
    }

    [Fact]
    public void A_country_named_in_russian_in_any_case_is_that_country()
    {
        var read = EntityTestText.Read("Президент России встретился с послом. Россия и Китай подписали соглашение.");

        Assert.Equal("Russia", read.At("России")?.Name);
        Assert.Equal("Russia", read.At("Россия")?.Name);
        Assert.Equal("China", read.At("Китай")?.Name);
    }

    [Fact]
    public void A_french_spelling_of_a_known_name_reaches_the_person()
    {
        var read = EntityTestText.Read("Emmanuel Macron a parlé avec Vladimir Poutine samedi.");

        Assert.Equal("Vladimir Putin", read.At("Vladimir Poutine")?.Name);
    }

    [Fact]
    public void Transliteration_variants_not_listed_still_reach_the_canonical_name()
    {
        var read = EntityTestText.Read("Yuriy Ushakov spoke after Volodymyr Zelenskyi had left the room.");

        Assert.Equal("Yury Ushakov", read.At("Yuriy Ushakov")?.Name);
        Assert.Equal("Volodymyr Zelensky", read.At("Volodymyr Zelenskyi")?.Name);
    }

    [Fact]
    public void A_bracketed_first_name_inserted_by_the_editor_belongs_to_the_name()
    {
        var read = EntityTestText.Read("The talks with President [Volodymyr] Zelensky of Ukraine were postponed.");

        var zelensky = read.Layer.Single("Volodymyr Zelensky");
        Assert.Contains(zelensky.Mentions, mention => mention.Text == "[Volodymyr] Zelensky" && mention.Kind == MentionKind.Name);
        Assert.Contains(zelensky.Mentions, mention => mention.Text == "President" && mention.Kind == MentionKind.Title);
    }

    [Fact]
    public void Titles_before_a_name_are_attached_to_that_person()
    {
        var read = EntityTestText.Read(
            "Kremlin spokesman Dmitry Peskov and European Commission President Ursula von der Leyen both commented.");

        Assert.Contains(read.Layer.Single("Dmitry Peskov").Mentions, mention => mention is { Text: "Kremlin spokesman", Kind: MentionKind.Title });
        Assert.Contains(read.Layer.Single("Ursula von der Leyen").Mentions, mention => mention is { Text: "European Commission President", Kind: MentionKind.Title });
    }

    [Fact]
    public void An_appositive_title_after_a_comma_is_attached_to_the_name_before_it()
    {
        var read = EntityTestText.Read("Officials met Yuri Ushakov, a Kremlin foreign policy aide, in the morning.");

        Assert.Contains(read.Layer.Single("Yury Ushakov").Mentions, mention => mention is { Text: "Kremlin foreign policy aide", Kind: MentionKind.Title });
    }

    [Fact]
    public void Descriptors_go_to_the_person_with_that_role_and_country()
    {
        var read = EntityTestText.Read(
            "Donald Trump spoke with Kremlin aide Yury Ushakov. Later the Kremlin aide said the US leader was tired. "
            + "The diplomat did not elaborate.");

        Assert.Equal("Yury Ushakov", read.At("the Kremlin aide")?.Name);
        Assert.Equal("Donald Trump", read.At("the US leader")?.Name);
        Assert.Equal("Yury Ushakov", read.At("The diplomat")?.Name);
    }

    [Fact]
    public void A_possessive_counterpart_before_a_name_is_that_persons_title()
    {
        var read = EntityTestText.Read("Emmanuel Macron called his German counterpart Friedrich Merz on Friday.");

        Assert.Contains(read.Layer.Single("Friedrich Merz").Mentions, mention => mention is { Text: "German counterpart", Kind: MentionKind.Title });
    }

    [Fact]
    public void Group_descriptors_cover_both_people()
    {
        var read = EntityTestText.Read(
            "Vladimir Putin and Donald Trump met in Alaska. The two presidents spoke for hours, and the Russian and US leaders agreed to meet again.");

        Assert.Equal(["Vladimir Putin", "Donald Trump"], read.AllAt("The two presidents").Select(e => e.Name));
        Assert.Equal(2, read.AllAt("the Russian and US leaders").Count);
    }

    [Fact]
    public void A_pronoun_goes_to_the_latest_person_of_its_sentence_else_the_subject_before()
    {
        var read = EntityTestText.Read("Emmanuel Macron met Keir Starmer, who said he was pleased. He then flew home.");

        Assert.Equal("Keir Starmer", read.At("he was")?.Name);
        Assert.Equal("Emmanuel Macron", read.At("He then")?.Name);
    }

    [Fact]
    public void A_trailing_reporting_clause_goes_to_the_last_speaker_not_the_subject_of_its_sentence()
    {
        var read = EntityTestText.Read(
            "The talks ended late, according to Dmitry Peskov. Putin wanted a quick deal, he added.");

        Assert.Equal("Dmitry Peskov", read.At("he added")?.Name);
    }

    [Fact]
    public void Pronouns_respect_gender_and_skip_quotations()
    {
        var read = EntityTestText.Read("Giorgia Meloni met Keir Starmer. \"He is right,\" she said.");

        Assert.Equal("Giorgia Meloni", read.At("she said")?.Name);
        Assert.Null(read.At("He is"));
    }

    [Fact]
    public void Our_President_is_the_head_of_state_of_the_outlets_country()
    {
        const string text = "The talks covered trade. Our President stressed the need for security guarantees.";

        Assert.Equal("Vladimir Putin", EntityTestText.Read(text, source: "Kremlin", published: "2025-12-28").At("Our President")?.Name);
        Assert.Equal("Recep Tayyip Erdogan", EntityTestText.Read(text, source: "Anadolu Agency", published: "2025-12-28").At("Our President")?.Name);
        Assert.Null(EntityTestText.Read(text).At("Our President"));
    }

    [Fact]
    public void The_President_of_a_country_is_found_by_role_and_country()
    {
        var read = EntityTestText.Read("The envoy met the President of Russia and then the French President.", published: "2025-12-28");

        Assert.Equal("Vladimir Putin", read.At("the President of Russia")?.Name);
        Assert.Equal("Emmanuel Macron", read.At("the French President")?.Name);
    }

    [Fact]
    public void A_former_title_is_not_taken_for_the_current_holder()
    {
        var read = EntityTestText.Read("The former US president criticized the plan.");

        Assert.DoesNotContain(read.Layer.Entities, entity => entity.Type == EntityType.Person);
    }

    [Fact]
    public void Colliding_first_names_do_not_merge_people()
    {
        var read = EntityTestText.Read("Vladimir Putin said Vladimir Zelensky should decide. Putin and Zelensky did not meet.");

        var people = read.Layer.Entities.Where(entity => entity.Type == EntityType.Person).Select(entity => entity.Name).ToList();
        Assert.Equal(["Vladimir Putin", "Volodymyr Zelensky"], people);
        Assert.Equal("Volodymyr Zelensky", read.At("Zelensky did")?.Name);
    }

    [Fact]
    public void Unknown_people_are_found_after_titles_and_linked_by_surname()
    {
        var read = EntityTestText.Read("Finance Minister Jane Okafor presented the budget. Okafor said it was balanced.");

        var okafor = read.Layer.Single("Jane Okafor");
        Assert.False(okafor.Known);
        Assert.Equal("finance minister", okafor.Role);
        Assert.Contains(okafor.Mentions, mention => mention is { Text: "Okafor", Kind: MentionKind.Surname });
    }

    [Fact]
    public void Unknown_people_are_found_after_honorifics_and_before_speech_verbs()
    {
        var read = EntityTestText.Read("Mr. Hollis declined to comment. Maria Castellanos told reporters the deal was close.");

        Assert.Equal(EntityType.Person, read.Layer.Single("Hollis").Type);
        Assert.Equal(EntityType.Person, read.Layer.Single("Maria Castellanos").Type);
    }

    [Fact]
    public void Capitalized_words_at_the_start_of_a_sentence_are_not_taken_for_names()
    {
        var read = EntityTestText.Read("Heavy Rain fell on Monday. Officials said roads were closed.");

        Assert.DoesNotContain(read.Layer.Entities, entity => entity.Type == EntityType.Person);
    }

    [Fact]
    public void Unknown_organizations_are_found_by_their_head_word()
    {
        var read = EntityTestText.Read(
            "The Ministry of Energy of Ruritania and the Northern Grain Company signed a deal with the Canadian Wheat Board.");

        Assert.Equal(EntityType.Organization, read.Layer.Single("Ministry of Energy of Ruritania").Type);
        Assert.Equal(EntityType.Organization, read.Layer.Single("Northern Grain Company").Type);
        Assert.Equal(EntityType.Organization, read.Layer.Single("Canadian Wheat Board").Type);
    }

    [Fact]
    public void A_name_never_runs_across_a_line_break()
    {
        var read = EntityTestText.Read("Talks on the border with Ruritania\n\nPresidential Press Service\n\nThe aide answered questions.");

        Assert.Equal(EntityType.Organization, read.Layer.Single("Presidential Press Service").Type);
        Assert.DoesNotContain(read.Layer.Entities, entity => entity.Name.Contains('\n', StringComparison.Ordinal));
    }

    [Fact]
    public void Seats_of_power_and_capitals_stand_for_governments_but_not_after_place_prepositions()
    {
        var read = EntityTestText.Read("The Kremlin said Moscow would not accept it. The talks in Moscow ended. Kiev said no. Kyiv later agreed.");

        Assert.Equal("Russian government", read.At("Kremlin")?.Name);
        Assert.Equal("Russian government", read.At("Moscow would")?.Name);
        Assert.Equal(EntityType.Place, read.At("Moscow ended")?.Type);
        Assert.Equal("Ukrainian government", read.At("Kiev said")?.Name);
        Assert.Equal("Ukrainian government", read.At("Kyiv later")?.Name);
    }

    [Fact]
    public void Country_names_other_names_and_adjectives_are_one_country()
    {
        var read = EntityTestText.Read("Türkiye, also called Turkey, hosted Turkish and Ukrainian officials. The Ukrainian authorities agreed.");

        var turkey = read.Layer.Single("Turkey");
        Assert.Equal("TR", turkey.Country);
        Assert.Equal(3, turkey.Mentions.Length);
        Assert.Contains(turkey.Mentions, mention => mention is { Text: "Turkish", Kind: MentionKind.Adjective });
        Assert.Equal("Ukrainian government", read.At("Ukrainian authorities")?.Name);
        Assert.Equal("Turkish government", EntityTestText.Read("The Turkish side proposed a venue.").At("Turkish side")?.Name);
    }

    [Fact]
    public void Acronyms_must_be_written_as_acronyms()
    {
        var read = EntityTestText.Read("Let us wait for the US and NATO to decide.");

        Assert.Null(read.At("us wait"));
        Assert.Equal("United States", read.At("US and")?.Name);
        Assert.Equal("NATO", read.At("NATO")?.Name);
    }

    [Fact]
    public void Outlets_in_the_text_are_recognized()
    {
        var read = EntityTestText.Read("The report, citing TASS, was confirmed to Reuters.");

        Assert.Equal(EntityType.Outlet, read.At("TASS")?.Type);
        Assert.Equal(EntityType.Outlet, read.At("Reuters")?.Type);
    }

    [Fact]
    public void Hyphenated_pairs_and_possessives_are_split_into_names()
    {
        var read = EntityTestText.Read("The Putin-Trump call followed Zelensky’s visit.");

        Assert.Equal("Vladimir Putin", read.At("Putin")?.Name);
        Assert.Equal("Donald Trump", read.At("Trump")?.Name);
        Assert.Contains(read.Layer.Single("Volodymyr Zelensky").Mentions, mention => mention.Text == "Zelensky");
    }

    [Fact]
    public void Every_mention_points_at_its_own_text()
    {
        var read = EntityTestText.Read(
            "U.S. President Donald Trump’s call with President [Vladimir] Putin lasted an hour, the Kremlin said. He thanked him.");

        Assert.All(read.Layer.Entities.SelectMany(entity => entity.Mentions), mention =>
            Assert.Equal(mention.Text, read.Text[mention.Start..mention.End]));
    }

    [Fact]
    public void A_name_set_off_by_commas_after_a_title_is_that_persons()
    {
        var read = EntityTestText.Read("The Israeli foreign minister, Dana Levinson, said the talks would go on.");

        var levinson = read.Layer.Single("Dana Levinson");
        Assert.Contains(levinson.Mentions, mention => mention is { Text: "Israeli foreign minister", Kind: MentionKind.Title });
        Assert.DoesNotContain(read.Layer.Entities, entity => entity.Name == "Gideon Saar");
    }

    [Fact]
    public void A_title_used_as_an_adjective_is_no_descriptor()
    {
        var read = EntityTestText.Read("Kremlin aide Yury Ushakov spoke. The official story changed later, the official said.");

        Assert.Null(read.At("official story"));
        Assert.Equal("Yury Ushakov", read.At("the official said")?.Name);
    }

    [Fact]
    public void Title_case_headlines_do_not_yield_names()
    {
        var read = EntityTestText.Read("Wealthy Voters Abandon Local Party Over Taxes\n\nVoters said little.");

        Assert.DoesNotContain(read.Layer.Entities, entity => entity.Type == EntityType.Person);
    }

    [Fact]
    public void A_person_first_known_by_surname_joins_the_full_name_given_later()
    {
        var read = EntityTestText.Read("Senator Hallworth spoke first. Later, Edna Hallworth said she would vote no.");

        var hallworth = read.Layer.Single("Edna Hallworth");
        Assert.Equal(["Hallworth", "Edna Hallworth"], hallworth.Aliases.AsEnumerable());
    }

    [Fact]
    public void A_pronoun_in_the_same_sentence_teaches_an_unknown_persons_gender()
    {
        var read = EntityTestText.Read(
            "Health Minister Dana Levinson said she was hopeful. A farmer arrived. He said the harvest failed.");

        Assert.Equal("Dana Levinson", read.At("she was")?.Name);
        Assert.Null(read.At("He said"));
    }

    [Fact]
    public void Hyphenated_names_keep_their_lower_case_part()
    {
        var read = EntityTestText.Read("Special Envoy Kim Tae-woo arrived on Monday.");

        Assert.Equal(EntityType.Person, read.Layer.Single("Kim Tae-woo").Type);
    }

    [Fact]
    public void Inside_a_quotation_a_pronoun_only_looks_back_within_it()
    {
        var read = EntityTestText.Read("Keir Starmer spoke. \"The French president gave his view,\" Emmanuel Macron's host said.", published: "2025-12-28");

        Assert.Equal("Emmanuel Macron", read.At("his view")?.Name);
    }

    [Fact]
    public void Group_descriptors_are_nouns_whatever_follows()
    {
        var read = EntityTestText.Read("Vladimir Putin called Donald Trump, with both leaders using first names.");

        Assert.Equal(2, read.AllAt("both leaders").Count);
    }

    [Fact]
    public void A_common_given_name_tells_an_unknown_persons_gender()
    {
        var read = EntityTestText.Read("Mayor Tom Oduya met Mayor Helen Brackley. Later she said the plan was agreed.");

        Assert.Equal("Helen Brackley", read.At("she said")?.Name);
    }

    [Fact]
    public void A_lone_surname_before_a_speech_verb_is_a_person_when_the_text_uses_it_as_a_name()
    {
        var read = EntityTestText.Read("Voters cheered for Brackwell. Brackwell said the fight goes on. Officials said nothing.");

        Assert.Equal(EntityType.Person, read.At("Brackwell said")?.Type);
        Assert.Null(read.At("Officials"));
    }
}
