using Alliance.Web.Hosting;

var app = await AllianceWebHost.BuildAsync(args);
await app.RunAsync();
