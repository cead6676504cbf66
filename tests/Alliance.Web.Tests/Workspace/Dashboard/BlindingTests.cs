using System.Text.RegularExpressions;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Dashboard;

/// <summary>
/// Blinding per arm: in the fixture's demo study T01's dyads are in <c>feedback</c> (clinicians see client ratings)
/// and T02's in <c>usual-care</c> (they do not). Client ratings include client alerts and the chart's client line.
/// </summary>
public partial class BlindingTests(DashboardStudies app) : IClassFixture<DashboardStudies>
{
    private Task<HttpClient> AsAsync(long studyId, string role, string? therapist = null) =>
        Researchers.SignedInMemberAsync(app, studyId, role, therapist);

    [Fact]
    public async Task AClinicianInABlindedArmSeesNoClientRatingsButTheCompletionCounts()
    {
        var (demo, _) = await app.StudiesAsync();
        using var clinician = await AsAsync(demo.StudyId, StudyRoles.Clinician, "T02");
        using var researcher = await AsAsync(demo.StudyId, StudyRoles.Researcher);

        var page = await clinician.GetStringAsync($"/studies/{demo.StudyId}?lang=en");
        var dyad = await clinician.GetStringAsync($"/studies/{demo.StudyId}/dyads/T02-C05?lang=en");
        var full = await researcher.GetStringAsync($"/studies/{demo.StudyId}?lang=en");

        var row = Html.Row(page, "dyad", "T02-C05");
        Assert.Equal("Hidden by the study design", Html.Cell(row, "latest-client"));
        Assert.Equal("Hidden by the study design", Html.Cell(row, "alerts"));
        Assert.Equal(Html.Counts(Html.Row(full, "dyad", "T02-C05")), Html.Counts(row));
        Assert.Contains("hidden from clinicians by the study design", Html.Text(page), StringComparison.Ordinal);
        Assert.Contains("hidden from clinicians by the study design", Html.Text(dyad), StringComparison.Ordinal);
        Assert.DoesNotContain("client-score", dyad, StringComparison.Ordinal);
        Assert.DoesNotContain("rupture-alert", dyad + page, StringComparison.Ordinal);
        Assert.DoesNotContain("cutoff-alert", dyad + page, StringComparison.Ordinal);
        Assert.DoesNotContain("Client, session", dyad, StringComparison.Ordinal);
        Assert.DoesNotContain(">Client<", dyad, StringComparison.Ordinal);
        Assert.False(ClientFormWithScore().IsMatch(Html.Text(dyad)), "a client form's score is shown");
        Assert.Contains("Therapist, session 10:", dyad, StringComparison.Ordinal);
        // 16 submitted (session form 1–10, both alliance forms at 3, 6, 10) of 17 issued (+ session 11's, expired by the fixture).
        Assert.Contains("16 of 17 forms submitted", Html.Text(dyad), StringComparison.Ordinal);
        var chart = System.Xml.Linq.XDocument.Parse(dyad[dyad.IndexOf("<svg", StringComparison.Ordinal)..(dyad.IndexOf("</svg>", StringComparison.Ordinal) + 6)]);
        var texts = chart.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
        Assert.Contains("Therapist", texts);
        Assert.DoesNotContain(texts, t => t.Contains("Client", StringComparison.Ordinal) || t.Contains("cutoff", StringComparison.Ordinal));
        Assert.DoesNotContain("style=", dyad + page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClinicianInAnUnblindedArmSeesClientRatings()
    {
        var (demo, _) = await app.StudiesAsync();
        using var clinician = await AsAsync(demo.StudyId, StudyRoles.Clinician, "T01");

        var page = await clinician.GetStringAsync($"/studies/{demo.StudyId}?lang=en");
        var dyad = await clinician.GetStringAsync($"/studies/{demo.StudyId}/dyads/T01-C02?lang=en");

        Assert.Matches(@"^\d+(\.\d+)? \(session \d+, (demo-alliance-client|session-vas)\)$", Html.Cell(Html.Row(page, "dyad", "T01-C02"), "latest-client"));
        Assert.DoesNotContain("hidden from clinicians", Html.Text(page), StringComparison.Ordinal);
        Assert.Contains("client-score", dyad, StringComparison.Ordinal);
        Assert.Contains("Client, session 1:", dyad, StringComparison.Ordinal);
        Assert.Matches(ClientFormWithScore(), Html.Text(dyad));
    }

    [Theory]
    [InlineData(StudyRoles.Owner)]
    [InlineData(StudyRoles.Researcher)]
    [InlineData(StudyRoles.Analyst)]
    public async Task OtherRolesSeeClientRatingsInEveryArm(string role)
    {
        var (demo, _) = await app.StudiesAsync();
        using var browser = await AsAsync(demo.StudyId, role);

        var page = await browser.GetStringAsync($"/studies/{demo.StudyId}?lang=en");
        var dyad = await browser.GetStringAsync($"/studies/{demo.StudyId}/dyads/T02-C05?lang=en");

        Assert.Matches(@"^\d+(\.\d+)? \(session \d+, (demo-alliance-client|session-vas)\)$", Html.Cell(Html.Row(page, "dyad", "T02-C05"), "latest-client"));
        Assert.DoesNotContain("Hidden by the study design", Html.Text(page), StringComparison.Ordinal);
        Assert.Contains("Client, session 1:", dyad, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"client, demo-alliance-client: submitted, \d")]
    private static partial Regex ClientFormWithScore();
}
