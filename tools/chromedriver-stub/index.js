// tachometer requires the npm `chromedriver` package, whose install downloads a binary (not allowed
// here). This stub hands it the system's chromedriver instead.
module.exports = { path: process.env.CHROMEDRIVER_PATH || '/usr/bin/chromedriver' };
