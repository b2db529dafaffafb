/* tslint:disable */
/* eslint-disable */
// this is an auto generated file. This will be overwritten

import * as APITypes from "./API";
type GeneratedSubscription<InputType, OutputType> = string & {
  __generatedSubscriptionInput: InputType;
  __generatedSubscriptionOutput: OutputType;
};

export const onCreateTeam = /* GraphQL */ `subscription OnCreateTeam($filter: ModelSubscriptionTeamFilterInput) {
  onCreateTeam(filter: $filter) {
    name
    members {
      nextToken
      __typename
    }
    lead {
      teamId
      id
      createdAt
      updatedAt
      __typename
    }
    notes {
      nextToken
      __typename
    }
    id
    createdAt
    updatedAt
    __typename
  }
}
` as GeneratedSubscription<
  APITypes.OnCreateTeamSubscriptionVariables,
  APITypes.OnCreateTeamSubscription
>;
export const onUpdateTeam = /* GraphQL */ `subscription OnUpdateTeam($filter: ModelSubscriptionTeamFilterInput) {
  onUpdateTeam(filter: $filter) {
    name
    members {
      nextToken
      __typename
    }
    lead {
      teamId
      id
      createdAt
      updatedAt
      __typename
    }
    notes {
      nextToken
      __typename
    }
    id
    createdAt
    updatedAt
    __typename
  }
}
` as GeneratedSubscription<
  APITypes.OnUpdateTeamSubscriptionVariables,
  APITypes.OnUpdateTeamSubscription
>;
export const onDeleteTeam = /* GraphQL */ `subscription OnDeleteTeam($filter: ModelSubscriptionTeamFilterInput) {
  onDeleteTeam(filter: $filter) {
    name
    members {
      nextToken
      __typename
    }
    lead {
      teamId
      id
      createdAt
      updatedAt
      __typename
    }
    notes {
      nextToken
      __typename
    }
    id
    createdAt
    updatedAt
    __typename
  }
}
` as GeneratedSubscription<
  APITypes.OnDeleteTeamSubscriptionVariables,
  APITypes.OnDeleteTeamSubscription
>;
export const onCreateMember = /* GraphQL */ `subscription OnCreateMember(
  $filter: ModelSubscriptionMemberFilterInput
  $owner: String
) {
  onCreateMember(filter: $filter, owner: $owner) {
    name
    teamId
    team {
      name
      id
      createdAt
      updatedAt
      __typename
    }
    id
    createdAt
    updatedAt
    owner
    __typename
  }
}
` as GeneratedSubscription<
  APITypes.OnCreateMemberSubscriptionVariables,
  APITypes.OnCreateMemberSubscription
>;
export const onUpdateMember = /* GraphQL */ `subscription OnUpdateMember(
  $filter: ModelSubscriptionMemberFilterInput
  $owner: String
) {
  onUpdateMember(filter: $filter, owner: $owner) {
    name
    teamId
    team {
      name
      id
      createdAt
      updatedAt
      __typename
    }
    id
    createdAt
    updatedAt
    owner
    __typename
  }
}
` as GeneratedSubscription<
  APITypes.OnUpdateMemberSubscriptionVariables,
  APITypes.OnUpdateMemberSubscription
>;
export const onDeleteMember = /* GraphQL */ `subscription OnDeleteMember(
  $filter: ModelSubscriptionMemberFilterInput
  $owner: String
) {
  onDeleteMember(filter: $filter, owner: $owner) {
    name
    teamId
    team {
      name
      id
      createdAt
      updatedAt
      __typename
    }
    id
    createdAt
    updatedAt
    owner
    __typename
  }
}
` as GeneratedSubscription<
  APITypes.OnDeleteMemberSubscriptionVariables,
  APITypes.OnDeleteMemberSubscription
>;
export const onCreateLead = /* GraphQL */ `subscription OnCreateLead($filter: ModelSubscriptionLeadFilterInput) {
  onCreateLead(filter: $filter) {
    teamId
    team {
      name
      id
      createdAt
      updatedAt
      __typename
    }
    id
    createdAt
    updatedAt
    __typename
  }
}
` as GeneratedSubscription<
  APITypes.OnCreateLeadSubscriptionVariables,
  APITypes.OnCreateLeadSubscription
>;
export const onUpdateLead = /* GraphQL */ `subscription OnUpdateLead($filter: ModelSubscriptionLeadFilterInput) {
  onUpdateLead(filter: $filter) {
    teamId
    team {
      name
      id
      createdAt
      updatedAt
      __typename
    }
    id
    createdAt
    updatedAt
    __typename
  }
}
` as GeneratedSubscription<
  APITypes.OnUpdateLeadSubscriptionVariables,
  APITypes.OnUpdateLeadSubscription
>;
export const onDeleteLead = /* GraphQL */ `subscription OnDeleteLead($filter: ModelSubscriptionLeadFilterInput) {
  onDeleteLead(filter: $filter) {
    teamId
    team {
      name
      id
      createdAt
      updatedAt
      __typename
    }
    id
    createdAt
    updatedAt
    __typename
  }
}
` as GeneratedSubscription<
  APITypes.OnDeleteLeadSubscriptionVariables,
  APITypes.OnDeleteLeadSubscription
>;
export const onCreateNote = /* GraphQL */ `subscription OnCreateNote($filter: ModelSubscriptionNoteFilterInput) {
  onCreateNote(filter: $filter) {
    body
    teamId
    team {
      name
      id
      createdAt
      updatedAt
      __typename
    }
    id
    createdAt
    updatedAt
    __typename
  }
}
` as GeneratedSubscription<
  APITypes.OnCreateNoteSubscriptionVariables,
  APITypes.OnCreateNoteSubscription
>;
export const onUpdateNote = /* GraphQL */ `subscription OnUpdateNote($filter: ModelSubscriptionNoteFilterInput) {
  onUpdateNote(filter: $filter) {
    body
    teamId
    team {
      name
      id
      createdAt
      updatedAt
      __typename
    }
    id
    createdAt
    updatedAt
    __typename
  }
}
` as GeneratedSubscription<
  APITypes.OnUpdateNoteSubscriptionVariables,
  APITypes.OnUpdateNoteSubscription
>;
export const onDeleteNote = /* GraphQL */ `subscription OnDeleteNote($filter: ModelSubscriptionNoteFilterInput) {
  onDeleteNote(filter: $filter) {
    body
    teamId
    team {
      name
      id
      createdAt
      updatedAt
      __typename
    }
    id
    createdAt
    updatedAt
    __typename
  }
}
` as GeneratedSubscription<
  APITypes.OnDeleteNoteSubscriptionVariables,
  APITypes.OnDeleteNoteSubscription
>;
