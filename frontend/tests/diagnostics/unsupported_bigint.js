var b = 10n;
