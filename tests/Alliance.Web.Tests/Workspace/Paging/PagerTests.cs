using Alliance.Data.Paging;
using Alliance.Web.Workspace.Paging;
using Microsoft.AspNetCore.Http;

namespace Alliance.Web.Tests.Workspace.Paging;

/// <summary>The pager's links change the page and keep every filter, sort and the language of the request.</summary>
public class PagerTests
{
    private static HttpRequest Request(string path, string query)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query);
        return context.Request;
    }

    [Fact]
    public void LinksKeepFiltersAndReplaceThePage()
    {
        var request = Request("/studies/4/dashboard", "?lang=de&therapist=T%2007&page=2&sort=code");
        var page = new Page<int>(Enumerable.Range(0, 50).ToList(), new PageRequest(2), 160);

        var pager = Pager.For(page, request);

        Assert.Equal("/studies/4/dashboard?lang=de&therapist=T%2007&sort=code", pager.PreviousUrl);
        Assert.Equal("/studies/4/dashboard?lang=de&therapist=T%2007&sort=code&page=3", pager.NextUrl);
        Assert.Equal((51, 100, 160, 2, 4), (pager.First, pager.Last, pager.Total, pager.Number, pager.PageCount));
    }

    [Fact]
    public void TheFirstAndLastPagesHaveNoLinkBeyondThem()
    {
        var request = Request("/studies/4/sessions", "?handler=csv");
        var only = Pager.For(new Page<int>([1, 2], PageRequest.From(null), 2), request);

        Assert.Null(only.PreviousUrl);
        Assert.Null(only.NextUrl);
        Assert.Equal("/studies/4/sessions?page=2", Pager.UrlFor(request, 2));
    }
}
