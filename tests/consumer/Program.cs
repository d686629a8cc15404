// Replaced at test time by the example of one package README (eng/consumer-test.sh).
Console.WriteLine("Run eng/consumer-test.sh: it writes each package README's example here and runs it.");
