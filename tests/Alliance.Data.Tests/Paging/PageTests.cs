using Alliance.Data.Paging;

namespace Alliance.Data.Tests.Paging;

/// <summary>The arithmetic every paginated page and query shares: offsets, clamping, the rows shown.</summary>
public class PageTests
{
    [Theory]
    [InlineData(null, 1, 0)]
    [InlineData(0, 1, 0)]
    [InlineData(-3, 1, 0)]
    [InlineData(1, 1, 0)]
    [InlineData(3, 3, 100)]
    public void APageNumberBelowOneIsTheFirstPage(int? asked, int number, int offset)
    {
        var request = PageRequest.From(asked);

        Assert.Equal(number, request.Number);
        Assert.Equal(offset, request.Offset);
        Assert.Equal(PageRequest.DefaultSize, request.Size);
    }

    [Theory]
    [InlineData(9, 120, 3)]
    [InlineData(3, 150, 3)]
    [InlineData(4, 150, 3)]
    [InlineData(2, 151, 2)]
    [InlineData(5, 0, 1)]
    public void APageBeyondTheListIsItsLastPage(int asked, long total, int shown)
    {
        Assert.Equal(shown, new PageRequest(asked).Within(total).Number);
    }

    [Fact]
    public void APageKnowsWhichRowsItShowsOfHowMany()
    {
        var page = new Page<int>(Enumerable.Range(0, 7).ToList(), new PageRequest(3, 10), 27);

        Assert.Equal(21, page.First);
        Assert.Equal(27, page.Last);
        Assert.Equal(3, page.PageCount);
        Assert.True(page.HasPrevious);
        Assert.False(page.HasNext);
    }

    [Fact]
    public void AnEmptyListIsOnePageWithNothingShown()
    {
        var page = new Page<int>([], PageRequest.From(null), 0);

        Assert.Equal(0, page.First);
        Assert.Equal(0, page.Last);
        Assert.Equal(1, page.PageCount);
        Assert.False(page.HasPrevious);
        Assert.False(page.HasNext);
    }
}
