using System.Text;
using System.Text.Json;
using Alliance.Instruments;
using Alliance.Instruments.Loading;

namespace Alliance.Interchange.Tests;

public class RedcapImportTests
{
    // The header row and quoting exactly as REDCap writes a data dictionary (Project Setup → Data Dictionary → download).
    private const string Header =
        "\"Variable / Field Name\",\"Form Name\",\"Section Header\",\"Field Type\",\"Field Label\",\"Choices, Calculations, OR Slider Labels\",\"Field Note\",\"Text Validation Type OR Show Slider Number\",\"Text Validation Min\",\"Text Validation Max\",\"Identifier?\",\"Branching Logic (Show field only if...)\",\"Required Field?\",\"Custom Alignment\",\"Question Number (surveys only)\",\"Matrix Group Name\",\"Matrix Ranking?\",\"Field Annotation\"";

    private const string Dictionary = Header + """

        record_id,session_alliance,,text,"Record ID",,,,,,,,,,,,,
        sa_bond,session_alliance,"Today's session",radio,"I felt my therapist understood me.","1, Never | 2, Rarely | 3, Sometimes | 4, Often | 5, Always",,,,,,,y,RH,,alliance,,
        sa_goal,session_alliance,,radio,"We worked on what I wanted to work on.","1, Never | 2, Rarely | 3, Sometimes | 4, Often | 5, Always",,,,,,,y,RH,,alliance,,
        sa_mood,session_alliance,,dropdown,"How was your mood?","0, Low | 1, Middling | 2, Good",,,,,,,,,,,,
        sa_overall,session_alliance,,slider,"How helpful was the session overall?","Not at all | | Very",,number,0,10,,,y,,,,,
        sa_minutes,session_alliance,,text,"How many minutes did you speak?",,,integer,0,90,,"[sa_mood] = '0'",,,,,,
        sa_sum,session_alliance,,calc,"Sum","[sa_bond] + [sa_goal]",,,,,,,,,,,,
        sa_thanks,session_alliance,,descriptive,"Thank you!",,,,,,,,,,,,,
        """;

    [Fact]
    public void RedcapFieldTypesBecomeLikertVisualAnalogueAndNumericItemsThatTheLoaderAccepts()
    {
        var result = Import(Dictionary);

        Assert.Empty(result.Problems);
        var instrument = InstrumentLoader.Load(result.Definition!, "imported").GetOrThrow();
        Assert.Equal("session_alliance", instrument.Id);
        Assert.Equal(["sa_bond", "sa_goal", "sa_mood", "sa_overall", "sa_minutes"], instrument.Items.Select(i => i.Id));
        var bond = instrument.Items[0];
        Assert.Equal(ScaleKind.Likert, bond.Scale.Kind);
        Assert.Equal("Always", bond.Scale.Anchors[^1].Label.Get("en"));
        Assert.True(bond.Required);
        Assert.Same(bond.Scale, instrument.Items[1].Scale);
        Assert.Equal((0, 2), (instrument.Items[2].Scale.Min, instrument.Items[2].Scale.Max));
        Assert.False(instrument.Items[2].Required);
        Assert.Equal(ScaleKind.VisualAnalogue, instrument.Items[3].Scale.Kind);
        Assert.Equal(["Not at all", "Very"], instrument.Items[3].Scale.Anchors.Select(a => a.Label.Get("en")));
        Assert.Equal((ScaleKind.Numeric, 0, 90, 1), (instrument.Items[4].Scale.Kind, instrument.Items[4].Scale.Min, instrument.Items[4].Scale.Max, instrument.Items[4].Scale.Step));
    }

    [Fact]
    public void CalculatedAndDescriptiveFieldsAndBranchingAreNotedByRowAsNotImported()
    {
        var result = Import(Dictionary);

        Assert.Contains(result.Notes, n => n.Location.StartsWith("row 8, column 'Field Type' (field 'sa_sum')", StringComparison.Ordinal));
        Assert.Contains(result.Notes, n => n.Location.StartsWith("row 9,", StringComparison.Ordinal) && n.Message.Contains("descriptive", StringComparison.Ordinal));
        Assert.Contains(result.Notes, n => n.Location == "row 7, column 'Branching Logic (Show field only if...)' (field 'sa_minutes')");
        Assert.Contains(result.Notes, n => n.Location.StartsWith("row 2", StringComparison.Ordinal) && n.Message.Contains("record id", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutScoringInTheDictionaryTheDefinitionScoresATotalMeanOverEveryItem()
    {
        var result = Import(Dictionary);

        using var document = JsonDocument.Parse(result.Definition!);
        var total = document.RootElement.GetProperty("total");
        Assert.Equal("mean", total.GetProperty("scoring").GetString());
        Assert.Equal(1, total.GetProperty("missing").GetProperty("min_fraction").GetDouble());
        Assert.False(document.RootElement.GetProperty("validated").GetBoolean());
        Assert.Contains(result.Notes, n => n.Message.Contains("no scoring", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryProblemIsReportedAtOnceWithRowAndColumnAndNoDefinitionIsProduced()
    {
        var result = Import(Header + """

            q1,form_a,,radio,"Question one",,,,,,,,y,,,,,
            q2,form_a,,checkbox,"Question two","1, A | 2, B",,,,,,,,,,,,
            q3,form_a,,radio,"Question three","a, Yes | b, No",,,,,,,,,,,,
            q4,form_a,,text,"Question four",,,integer,,,,,,,,,,
            q5,form_a,,text,"Question five",,,email,,,,,,,,,,
            """);

        Assert.Null(result.Definition);
        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                "row 2, column 'Choices, Calculations, OR Slider Labels' (field 'q1')",
                "row 3, column 'Field Type' (field 'q2')",
                "row 4, column 'Choices, Calculations, OR Slider Labels' (field 'q3')",
                "row 4, column 'Choices, Calculations, OR Slider Labels' (field 'q3')",
                "row 5, column 'Text Validation Min' (field 'q4')",
                "row 5, column 'Text Validation Max' (field 'q4')",
                "row 6, column 'Text Validation Type OR Show Slider Number' (field 'q5')",
            ],
            result.Problems.Select(p => p.Location));
    }

    [Fact]
    public void ProblemsTheLoaderFindsAreReportedAtTheRowTheyCameFrom()
    {
        var result = Import(Header + """

            q1,form_a,,radio,"Question one","1, Never | 2, Always",,,,,,,y,,,,,
            q1,form_a,,radio,"Question one again","1, Never | 2, Always",,,,,,,y,,,,,
            """);

        Assert.Null(result.Definition);
        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("row 3, column 'Variable / Field Name' (field 'q1')", problem.Location, StringComparison.Ordinal);
        Assert.Contains("duplicate item id", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADictionaryWithSeveralFormsNeedsOneChosen()
    {
        var twoForms = Dictionary + "\nother_q,other_form,,radio,\"Other\",\"1, No | 2, Yes\",,,,,,,,,,,,\n";

        var unchosen = Import(twoForms);
        var chosen = Import(twoForms, new ImportOptions { Form = "other_form", Id = "other", Language = "de" });

        Assert.Contains("session_alliance, other_form", Assert.Single(unchosen.Problems).Message, StringComparison.Ordinal);
        var other = InstrumentLoader.Load(chosen.Definition!, "other").GetOrThrow();
        Assert.Equal(("other", "de"), (other.Id, other.Header.Languages[0]));
        Assert.Single(other.Items);
    }

    [Fact]
    public void AFileWithoutTheDictionaryHeadersNamesTheMissingColumns()
    {
        var result = Import("name,type\nq1,radio\n");

        Assert.Null(result.Definition);
        Assert.Equal(18, result.Problems.Count);
        Assert.All(result.Problems, p => Assert.Equal("row 1", p.Location));
    }

    private static DefinitionImportResult Import(string csv, ImportOptions? options = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray());
        return DefinitionImport.Read(ImportFormat.Redcap, stream, options);
    }
}
