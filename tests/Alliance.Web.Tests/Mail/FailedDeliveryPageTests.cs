using Alliance.Data.Mail;
using Alliance.Data.Model;
using Alliance.Web.Mail;
using Alliance.Web.Tests.Workspace;
using Alliance.Web.Tests.Workspace.Dashboard;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Web.Tests.Mail;

/// <summary>
/// A study's mail that the SMTP server did not take (nothing listens on its port) is shown as failed with the reason on
/// the mail page and among the reminders page's recent mail, and the page's retry sends it again (a second attempt,
/// failed again, with the reason).
/// </summary>
public sealed class FailedDeliveryPageTests(UnreachableSmtpApp app) : IClassFixture<UnreachableSmtpApp>
{
    [Fact]
    public async Task AFailedMessageIsShownWithItsReasonAndTheRetryButtonTriesItAgain()
    {
        long studyId;
        await using (var db = app.OpenDb())
        {
            var study = new Study { Name = "Failed delivery" };
            db.Studies.Add(study);
            await db.SaveChangesAsync();
            studyId = study.StudyId;
            var key = "failed-page-" + studyId;
            Assert.True(await app.Services.GetRequiredService<MailQueue>().EnqueueAsync(db, new OutgoingMail
            {
                To = "unreached@example.org", Subject = "Your questionnaire", Body = "Please answer.",
                Purpose = MailPurposes.SessionReminder, DedupeKey = key, StudyId = studyId,
            }, CancellationToken.None));
        }
        app.Services.GetRequiredService<MailSignal>().Wake();
        var first = await QueuedMessages.AttemptedAsync(app, "failed-page-" + studyId);
        Assert.Equal((MailStatus.Failed, 1), (first.Status, first.Attempts));
        using var browser = await Researchers.SignedInMemberAsync(app, studyId, StudyRoles.Owner);

        var mailPage = await browser.GetStringAsync($"/studies/{studyId}/mail?lang=en");
        var row = Html.Row(mailPage, "message", first.Id.ToString());
        Assert.Contains("data-status=\"failed\"", row, StringComparison.Ordinal);
        Assert.Contains("Connection refused", row, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("u•••@example.org", row, StringComparison.Ordinal);
        Assert.DoesNotContain("unreached@example.org", mailPage, StringComparison.Ordinal);
        var reminders = await browser.GetStringAsync($"/studies/{studyId}/reminders?lang=en");
        Assert.Contains($"data-message=\"{first.Id}\" data-status=\"failed\"", reminders, StringComparison.Ordinal);

        var retried = await Researchers.PostFormAsync(browser, $"/studies/{studyId}/mail?lang=en",
            [new("message", first.Id.ToString())], $"/studies/{studyId}/mail?handler=retry&lang=en");
        Assert.True((int)retried.StatusCode is 200 or 302 or 303, $"retry: {(int)retried.StatusCode}");
        app.Services.GetRequiredService<MailSignal>().Wake();
        for (var i = 0; i < 200 && (await QueuedMessages.RowAsync(app, "failed-page-" + studyId)).Attempts < 2; i++)
        {
            await Task.Delay(100);
        }
        var second = await QueuedMessages.RowAsync(app, "failed-page-" + studyId);
        Assert.Equal((MailStatus.Failed, 2), (second.Status, second.Attempts));
        Assert.Contains("Connection refused", second.Error, StringComparison.OrdinalIgnoreCase);
    }
}
