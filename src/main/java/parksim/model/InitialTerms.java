package parksim.model;

import parksim.policy.ExpectedCost;
import parksim.policy.Offer;

/**
 * What an initial tenant brings into the run: its capacity and jobs, the terms it signed, and the
 * expected cost of each term still to fall due after the start (booked as a contract).
 */
record InitialTerms(double capacity, int employees, Offer offer, ExpectedCost[] promises) {}
