using Watchlist.Bench;
using Watchlist.Bench.Quality;
using Watchlist.Bench.Speed;

// dotnet run -c Release -- quality [--split report|tune|all] [--negatives N] [--seed S]
// dotnet run -c Release -- screening [--entries N] [--queries N] [--baseline-queries N] [--no-baseline]
var command = args.FirstOrDefault() ?? "help";
var options = Options.Parse(args.Skip(1));
switch (command)
{
    case "quality":
        QualityRun.Run(options);
        break;
    case "screening":
        await ScreeningRun.RunAsync(options);
        break;
    default:
        Console.Error.WriteLine("usage: Watchlist.Bench quality|screening [options]; see bench/README.md");
        return 2;
}
return 0;
