using Microsoft.Playwright;

namespace Alliance.EndToEnd.Tests.Browser;

/// <summary>The researchers' sign-in form as a person fills it in (English labels).</summary>
public static class SignInForm
{
    /// <summary>Fills in and sends the sign-in form the page shows, then waits for the studies list.</summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your studies" })).ToBeVisibleAsync();
    }
}
