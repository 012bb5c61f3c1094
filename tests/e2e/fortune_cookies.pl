#!/usr/bin/perl
# The cookies of fortune files, for the tests of `lore import fortune` and
# `--format fortune`. Independent of lore: it reads the files as fortune-mod's
# strfile does (cookies between lines that are exactly "%").
#
#   fortune_cookies.pl count FILE
#       prints the number of cookies in FILE.
#   fortune_cookies.pl compare ORIGINAL EXPORTED
#       exit 0 when EXPORTED holds the cookies of ORIGINAL, in order, as the issue's
#       round-trip rule says: equal but for the indentation of a closing attribution
#       line ("-- Name"). CR LF is read as LF, and cookies of nothing but whitespace
#       (which lore skips with a warning) are not cookies. Else prints the first
#       difference and exits 1.
#   fortune_cookies.pl is-cookie FORTUNE_FILE DRAWN
#       exit 0 when the file DRAWN (what `fortune FORTUNE_FILE` printed) is exactly one
#       of the cookies of FORTUNE_FILE, byte for byte.
use strict;
use warnings;

sub slurp {
  my ($path) = @_;
  open(my $in, '<:raw', $path) or die "cannot read $path: $!\n";
  local $/;
  my $bytes = <$in>;
  close($in);
  return defined $bytes ? $bytes : '';
}

# The raw pieces between "%" lines, each with its final newline.
sub raw_cookies {
  my ($bytes) = @_;
  my @cookies;
  my $cookie = '';
  for my $line (split /(?<=\n)/, $bytes) {
    if ($line eq "%\n" || $line eq "%") {
      push @cookies, $cookie;
      $cookie = '';
    } else {
      $cookie .= $line;
    }
  }
  push @cookies, $cookie if $cookie ne '';
  return @cookies;
}

sub normalised_cookies {
  my ($bytes) = @_;
  $bytes =~ s/\r\n/\n/g;
  my @out;
  for my $cookie (raw_cookies($bytes)) {
    next if $cookie =~ /\A[ \t\r\n]*\z/;
    $cookie =~ s/\n\z//;
    # A closing attribution line, indented or not, reads the same.
    $cookie =~ s/(\A|\n)[ \t]+(-- [^\n]*)\z/$1$2/;
    push @out, $cookie;
  }
  return @out;
}

sub show {
  my ($text) = @_;
  $text =~ s/\t/\\t/g;
  $text =~ s/\r/\\r/g;
  $text =~ s/([\x00-\x08\x0b-\x1f\x7f])/sprintf('\\x%02x', ord($1))/ge;
  $text =~ s/^/      | /mg;
  return $text;
}

my $command = shift @ARGV // '';
if ($command eq 'count' && @ARGV == 1) {
  print scalar(normalised_cookies(slurp($ARGV[0]))), "\n";
  exit 0;
}
if ($command eq 'compare' && @ARGV == 2) {
  my @want = normalised_cookies(slurp($ARGV[0]));
  my @got = normalised_cookies(slurp($ARGV[1]));
  my $n = @want < @got ? scalar(@got) : scalar(@want);
  for my $i (0 .. $n - 1) {
    my $w = $want[$i];
    my $g = $got[$i];
    next if defined $w && defined $g && $w eq $g;
    printf "cookie %d of %d differs (%s has %d cookies, %s has %d)\n", $i + 1, scalar(@want),
      $ARGV[0], scalar(@want), $ARGV[1], scalar(@got);
    print "    expected:\n", show(defined $w ? $w : '(no cookie)'), "\n";
    print "    actual:\n", show(defined $g ? $g : '(no cookie)'), "\n";
    exit 1;
  }
  exit 0;
}
if ($command eq 'is-cookie' && @ARGV == 2) {
  my $drawn = slurp($ARGV[1]);
  for my $cookie (raw_cookies(slurp($ARGV[0]))) {
    exit 0 if $cookie eq $drawn;
  }
  exit 1;
}
die "usage: fortune_cookies.pl count FILE | compare ORIGINAL EXPORTED | is-cookie FILE DRAWN\n";
