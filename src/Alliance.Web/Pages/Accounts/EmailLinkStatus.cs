using Alliance.Data.Accounts;

namespace Alliance.Web.Pages.Accounts;

/// <summary>The HTTP status of an e-mailed link's page (invitation, reset): 200 usable, 404 unknown, 410 expired or used.</summary>
internal static class EmailLinkStatus
{
    public static int Of(EmailLinkState state) => state switch
    {
        EmailLinkState.Valid => StatusCodes.Status200OK,
        EmailLinkState.Unknown => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status410Gone,
    };
}
