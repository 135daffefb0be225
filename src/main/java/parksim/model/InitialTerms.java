package parksim.model;

import parksim.policy.Offer;

/**
 * What an initial tenant brings into the run: its capacity and jobs, the terms it negotiated (as
 * the administration's offer rule left them), and what the budget holds back for each term still to
 * run after the start.
 */
record InitialTerms(double capacity, int employees, Offer offer, double[] promises) {}
