// Reads one JSON string per line on stdin and prints VADER's compound score for each, one per line.
const readline = require('readline');
const vader = require('vader-sentiment');

const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
const scores = [];
lines.on('line', (line) => {
    const text = JSON.parse(line);
    scores.push(vader.SentimentIntensityAnalyzer.polarity_scores(text).compound.toFixed(4));
});
lines.on('close', () => process.stdout.write(scores.join('\n') + '\n'));
