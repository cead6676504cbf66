using Alliance.Web.Hosting;

var app = AllianceWebHost.Build(args);
await app.RunAsync();
