import { Injectable } from '@nestjs/common';
import { DemoData, DemoDataStep } from '../common/demo-data';
import { CommuneIdentityService } from './commune-identity.service';
import type { DistrictShape } from './district-shape';
import { DistrictsService } from './districts.service';

/** Around the demo's service requests (CENTRE 47.5861 N, 1.3359 E): a grid of 3 × 2 rectangles. */
const NORTH = [47.5811, 47.5911];
const SOUTH = [47.5711, 47.5811];
const WEST = [1.3134, 1.3284];
const MIDDLE = [1.3284, 1.3434];
const EAST = [1.3434, 1.3584];

function rectangle([south, north]: number[], [west, east]: number[]): DistrictShape {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  };
}

/** The demo districts, in their order, with the names the other demo content uses. */
export const DEMO_DISTRICTS: { name: string; shape: DistrictShape }[] = [
  { name: 'Centre-ville', shape: rectangle(NORTH, MIDDLE) },
  { name: 'Les Arènes', shape: rectangle(NORTH, EAST) },
  { name: 'Saint-Jean', shape: rectangle(NORTH, WEST) },
  { name: 'Le Port', shape: rectangle(SOUTH, MIDDLE) },
  { name: 'La Garenne', shape: rectangle(SOUTH, WEST) },
  { name: 'Bel-Air', shape: rectangle(SOUTH, EAST) },
];

/**
 * The demo commune's identity (Parvis-sur-Loire: name, colours, contact, opening hours) and its
 * districts with their outlines. First of the demo steps: the others file records in these districts.
 */
@Injectable()
@DemoData('commune')
export class CommuneDemoSeed implements DemoDataStep {
  readonly order = 5;

  constructor(
    private readonly identity: CommuneIdentityService,
    private readonly districts: DistrictsService,
  ) {}

  async seed(): Promise<void> {
    await this.identity.seedDemo({
      name: 'Parvis-sur-Loire',
      primaryColor: '#7a1f3d',
      primaryTextColor: '#ffffff',
      address: 'Hôtel de ville\n1 place de la Mairie\n41999 Parvis-sur-Loire',
      phone: '02 54 00 00 00',
      email: 'mairie@parvis.demo',
      website: 'https://parvis.demo',
      openingHours: 'Du lundi au vendredi : 8 h 30 – 12 h et 13 h 30 – 17 h 30\nLe samedi : 9 h – 12 h (état civil seulement)',
      defaultLanguage: 'fr',
      publicationDirector: 'Jean-Marc Aubert, maire de Parvis-sur-Loire',
      host: 'Commune de Parvis-sur-Loire, sur ses propres serveurs, 1 place de la Mairie, 41999 Parvis-sur-Loire',
      dpoContact: 'dpo@parvis.demo',
    });
    await this.districts.seedDemo(DEMO_DISTRICTS);
  }
}
